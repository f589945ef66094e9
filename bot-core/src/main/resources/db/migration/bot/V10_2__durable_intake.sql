-- the update itself is kept until its chat turn commits, so an instance that dies in between loses nothing:
-- another instance's recovery sweep claims it (claimed_at, replays) and runs it again
alter table bot.processed_update
    add column body       text,
    add column handled_at timestamptz,
    add column claimed_at timestamptz,
    add column replays    int not null default 0;

-- rows from before this migration were handled (or lost) already
update bot.processed_update set handled_at = received_at;

create index processed_update_unhandled on bot.processed_update (received_at) where handled_at is null;
