create schema if not exists outbox;

-- Events written in the same transaction as the business change; the relay publishes them to SQS.
create table outbox.event (
    id           bigserial primary key,
    type         text        not null,
    payload      jsonb       not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
create index event_pending on outbox.event (id) where published_at is null;

-- One row per effect a consumer has made, so a redelivered message changes nothing.
create table outbox.effect (
    dedupe_key text primary key,
    done_at    timestamptz not null default now()
);
