create schema if not exists worktime;

-- times are UTC instants; reports turn them into the school's local days. Account and subject ids belong to other packages.
create table worktime.entry (
    id         bigserial primary key,
    school_id  bigint      not null,
    account_id bigint      not null,
    activity   text        not null,
    subject_id bigint,
    started_at timestamptz not null,
    ended_at   timestamptz,
    source     text        not null default 'TIMER' check (source in ('TIMER', 'MANUAL', 'ATTEMPT')),
    attempt_id bigint unique,
    created_at timestamptz not null default now(),
    check (ended_at is null or ended_at >= started_at),
    check (source = 'TIMER' or ended_at is not null)
);
-- one running timer per person
create unique index entry_running on worktime.entry (account_id) where ended_at is null;
create index entry_account_time on worktime.entry (account_id, started_at);

create table worktime.goal (
    account_id     bigint primary key,
    weekly_minutes integer     not null check (weekly_minutes > 0),
    updated_at     timestamptz not null default now()
);
