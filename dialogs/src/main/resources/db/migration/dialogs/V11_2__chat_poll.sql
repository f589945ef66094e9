-- polls a dialog sent: poll_answer updates name the poll and the user, not the chat or what the poll was about
create table dialogs.chat_poll (
    poll_id  text primary key,
    chat_id  bigint      not null,
    dialog   text        not null,
    tag      text        not null,
    sent_at  timestamptz not null default now()
);
