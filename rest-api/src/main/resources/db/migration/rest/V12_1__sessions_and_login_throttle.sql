create schema if not exists rest;

-- Dashboard sessions: the cookie holds a random token, the table only its SHA-256.
create table rest.session (
    token_hash   bytea primary key,
    account_id   bigint      not null,
    created_at   timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    expires_at   timestamptz not null
);
create index session_account on rest.session (account_id);
create index session_expiry on rest.session (expires_at);

-- Failed logins per account ("account:<email>") and per address ("ip:<address>").
create table rest.login_failure (
    key             text primary key,
    failures        int         not null,
    last_failure_at timestamptz not null default now(),
    blocked_until   timestamptz
);
