-- a turn's replies, kept in the turn's transaction and removed once sent: an instance that dies between the commit
-- and the send leaves them here, and another instance's sweep sends them once resend_after has passed
create table dialogs.chat_outbox (
    id           bigint generated always as identity primary key, -- the chat's order
    chat_id      bigint      not null,
    effect       text        not null, -- the effect as JSON (a file's bytes in base64)
    created_at   timestamptz not null default now(),
    resend_after timestamptz not null, -- the sending instance's lease; a sweep that claims a row moves it on
    attempts     int         not null default 0
);

create index chat_outbox_chat on dialogs.chat_outbox (chat_id, id);
