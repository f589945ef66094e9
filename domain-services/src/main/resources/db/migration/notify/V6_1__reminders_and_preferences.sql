create schema if not exists notify;

-- Work due later than SQS's 15-minute delay waits here; the scheduler claims due rows with SKIP LOCKED.
create table notify.reminder (
    id          bigserial primary key,
    kind        text        not null,
    subject_key text        not null,
    due_at      timestamptz not null,
    payload     jsonb       not null default '{}',
    state       text        not null default 'PENDING' check (state in ('PENDING', 'FIRED', 'CANCELLED')),
    fired_at    timestamptz,
    unique (kind, subject_key)
);
create index reminder_due on notify.reminder (due_at) where state = 'PENDING';

-- What an account wants to hear about, and when not (quiet hours are in the school's timezone).
create table notify.preference (
    account_id     bigint primary key,
    disabled_kinds text[]   not null default '{}',
    quiet_from     time,
    quiet_to       time,
    digest_day     smallint not null default 7 check (digest_day between 1 and 7),
    digest_hour    smallint not null default 18 check (digest_hour between 0 and 23),
    updated_at     timestamptz not null default now()
);
