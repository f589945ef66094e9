create schema if not exists notes;

-- trigram similarity finds "контрольна робота" in "контрольну роботу", which the simple full-text configuration cannot
create extension if not exists pg_trgm;

-- account, class, subject and question ids are plain numbers: other packages own them
create table notes.note (
    id                 bigserial primary key,
    school_id          bigint      not null,
    author_id          bigint      not null,
    body               text        not null default '',
    subject_id         bigint,
    audience           text        not null default 'PRIVATE' check (audience in ('PRIVATE', 'PARENTS', 'CLASS')),
    student_id         bigint,
    class_id           bigint,
    question_id        bigint,
    telegram_file_id   text,
    telegram_file_kind text check (telegram_file_kind in ('PHOTO', 'DOCUMENT')),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    search             tsvector generated always as (to_tsvector('simple', body)) stored,
    check (audience <> 'CLASS' or class_id is not null),
    check (audience <> 'PARENTS' or student_id is not null),
    check ((telegram_file_id is null) = (telegram_file_kind is null))
);
create index note_author on notes.note (author_id, created_at desc);
create index note_class on notes.note (class_id) where audience = 'CLASS';
create index note_student on notes.note (student_id) where audience = 'PARENTS';
create index note_question on notes.note (author_id, question_id) where question_id is not null;
create index note_search on notes.note using gin (search);
create index note_body_trgm on notes.note using gin (body gin_trgm_ops);

create table notes.tag (
    note_id bigint not null references notes.note (id) on delete cascade,
    tag     text   not null,
    primary key (note_id, tag)
);
create index tag_tag on notes.tag (tag);
