create schema if not exists bot;

-- update_ids already taken by some instance; kept at least 24 h (Telegram redelivers within that), then purged
create table bot.processed_update (
    update_id   bigint primary key,
    received_at timestamptz not null default now()
);

create index processed_update_received_at on bot.processed_update (received_at);
