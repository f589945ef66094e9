-- One row per message an account is to get; the dedupe key makes planning the same notice twice a no-op.
create table notify.notification (
    id           bigserial primary key,
    dedupe_key   text        not null unique,
    kind         text        not null,
    recipient_id bigint      not null,
    template     text        not null,
    args         jsonb       not null default '[]',
    buttons      jsonb       not null default '[]',
    state        text        not null default 'PLANNED'
                 check (state in ('PLANNED', 'DEFERRED', 'SENDING', 'SENT', 'SKIPPED', 'NO_CHAT', 'BLOCKED')),
    claimed_at   timestamptz,
    sent_at      timestamptz,
    created_at   timestamptz not null default now()
);
create index notification_recipient on notify.notification (recipient_id, created_at desc);
