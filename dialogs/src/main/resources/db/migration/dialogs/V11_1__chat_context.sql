create schema if not exists dialogs;

-- one conversation per chat: the open dialog, its state and data, the live buttons, the chat's language;
-- a turn locks the row (select ... for update) and bumps the version, so any instance may take the next update
create table dialogs.chat_context (
    chat_id    bigint primary key,
    context    jsonb       not null,
    version    bigint      not null default 0,
    updated_at timestamptz not null default now()
);
