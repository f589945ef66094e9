create schema if not exists testing;

-- A teacher's bank in a school: categories per subject, nested. Account, school and subject ids are plain numbers.
create table testing.category (
    id         bigserial primary key,
    school_id  bigint not null,
    owner_id   bigint not null,
    subject_id bigint,
    parent_id  bigint references testing.category (id) on delete cascade,
    name       text   not null
);
create index category_owner on testing.category (school_id, owner_id);

create table testing.question (
    id              bigserial primary key,
    school_id       bigint      not null,
    owner_id        bigint      not null,
    category_id     bigint      not null references testing.category (id),
    current_version int         not null default 1,
    deleted         boolean     not null default false,
    created_at      timestamptz not null default now()
);
create index question_category on testing.question (category_id) where not deleted;

-- Versions are immutable once an attempt used them; editing an unused version rewrites it in place.
create table testing.question_version (
    question_id      bigint        not null references testing.question (id),
    version          int           not null,
    name             text          not null,
    text             text          not null,
    type             text          not null,
    body             jsonb         not null,
    general_feedback text,
    points           numeric(8, 2) not null,
    image_key        text,
    -- set when an attempt froze this version: from then on an edit makes a new version
    used             boolean       not null default false,
    created_at       timestamptz   not null default now(),
    primary key (question_id, version)
);

create table testing.question_tag (
    question_id bigint not null references testing.question (id) on delete cascade,
    tag         text   not null,
    primary key (question_id, tag)
);
create index question_tag_tag on testing.question_tag (lower(tag));

create table testing.test (
    id                 bigserial primary key,
    school_id          bigint      not null,
    owner_id           bigint      not null,
    title              text        not null,
    time_limit_minutes int,
    attempts_allowed   int         not null default 1,
    grading_method     text        not null default 'HIGHEST',
    shuffle_questions  boolean     not null default false,
    shuffle_options    boolean     not null default false,
    pass_percent       numeric(5, 2),
    review             jsonb       not null,
    created_at         timestamptz not null default now()
);
create index test_owner on testing.test (school_id, owner_id);

-- A slot holds a fixed question or picks N random questions of a category (each picked question is one slot of the attempt).
create table testing.test_slot (
    test_id     bigint        not null references testing.test (id) on delete cascade,
    position    int           not null,
    question_id bigint references testing.question (id),
    category_id bigint references testing.category (id),
    pick_count  int           not null default 1,
    points      numeric(8, 2),
    primary key (test_id, position),
    check ((question_id is null) <> (category_id is null))
);

create table testing.assignment (
    id         bigserial primary key,
    school_id  bigint      not null,
    test_id    bigint      not null references testing.test (id),
    owner_id   bigint      not null,
    class_id   bigint,
    opens_at   timestamptz not null,
    due_at     timestamptz not null,
    closes_at  timestamptz not null,
    created_at timestamptz not null default now(),
    check (due_at > opens_at and closes_at >= due_at)
);
create index assignment_test on testing.assignment (test_id);

-- Who the assignment is for: the class's students when it was given, or the chosen students.
create table testing.assignment_student (
    assignment_id bigint not null references testing.assignment (id) on delete cascade,
    student_id    bigint not null,
    primary key (assignment_id, student_id)
);
create index assignment_student_student on testing.assignment_student (student_id);

create table testing.override (
    assignment_id      bigint not null references testing.assignment (id) on delete cascade,
    student_id         bigint not null,
    time_limit_minutes int,
    attempts_allowed   int,
    due_at             timestamptz,
    closes_at          timestamptz,
    primary key (assignment_id, student_id)
);

create table testing.attempt (
    id             bigserial primary key,
    assignment_id  bigint        not null references testing.assignment (id),
    student_id     bigint        not null,
    number         int           not null,
    state          text          not null check (state in ('IN_PROGRESS', 'SUBMITTED', 'GRADED')),
    started_at     timestamptz   not null,
    deadline_at    timestamptz,
    submitted_at   timestamptz,
    auto_submitted boolean       not null default false,
    layout         jsonb         not null,
    points         numeric(8, 2),
    max_points     numeric(8, 2) not null,
    unique (assignment_id, student_id, number)
);
-- one attempt in progress per student and assignment: two starts at once make one attempt
create unique index attempt_one_in_progress on testing.attempt (assignment_id, student_id) where state = 'IN_PROGRESS';
create index attempt_overdue on testing.attempt (deadline_at) where state = 'IN_PROGRESS';

create table testing.answer (
    attempt_id  bigint        not null references testing.attempt (id) on delete cascade,
    slot        int           not null,
    response    jsonb,
    shown_at    timestamptz,
    answered_at timestamptz,
    fraction    double precision,
    points      numeric(8, 2),
    feedback    text,
    comment     text,
    graded_by   bigint,
    primary key (attempt_id, slot)
);
