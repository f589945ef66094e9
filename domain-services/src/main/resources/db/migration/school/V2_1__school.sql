create schema if not exists school;

create table school.school (
    id               bigserial primary key,
    name             text        not null,
    timezone         text        not null default 'Europe/Kyiv',
    -- minimum percent for grades 1..12 of the Ukrainian scale, ascending
    grade_thresholds text        not null default '0,20,34,44,52,60,68,74,80,86,91,96',
    created_at       timestamptz not null default now()
);

create table school.class (
    id            bigserial primary key,
    school_id     bigint   not null references school.school (id),
    name          text     not null,
    grade         smallint not null check (grade between 1 and 12),
    academic_year text     not null,
    unique (school_id, name, academic_year)
);

create table school.subject (
    id        bigserial primary key,
    school_id bigint not null references school.school (id),
    name      text   not null
);
create unique index subject_name on school.subject (school_id, lower(name));

-- account ids are plain numbers: the users package owns accounts
create table school.enrolment (
    class_id    bigint      not null references school.class (id) on delete cascade,
    student_id  bigint      not null,
    enrolled_at timestamptz not null default now(),
    primary key (class_id, student_id)
);
create index enrolment_student on school.enrolment (student_id);

create table school.teaching (
    teacher_id bigint not null,
    class_id   bigint not null references school.class (id) on delete cascade,
    subject_id bigint not null references school.subject (id) on delete cascade,
    primary key (teacher_id, class_id, subject_id)
);
create index teaching_class on school.teaching (class_id);

create table school.term (
    id        bigserial primary key,
    school_id bigint not null references school.school (id),
    name      text   not null,
    starts_on date   not null,
    ends_on   date   not null,
    check (ends_on > starts_on)
);
