create schema if not exists users;

-- school ids are plain numbers: the school package owns schools
create table users.account (
    id         bigserial primary key,
    school_id  bigint      not null,
    email      text,
    full_name  text        not null,
    language   text        not null default 'uk' check (language in ('uk', 'en')),
    created_at timestamptz not null default now()
);
create unique index account_email on users.account (lower(email)) where email is not null;
create index account_school on users.account (school_id);

create table users.account_role (
    account_id bigint not null references users.account (id) on delete cascade,
    role       text   not null check (role in ('ADMIN', 'TEACHER', 'STUDENT', 'PARENT')),
    primary key (account_id, role)
);

create table users.credential (
    account_id    bigint primary key references users.account (id) on delete cascade,
    password_hash text        not null,
    updated_at    timestamptz not null default now()
);

create table users.guardianship (
    parent_id  bigint not null references users.account (id) on delete cascade,
    student_id bigint not null references users.account (id) on delete cascade,
    primary key (parent_id, student_id)
);
create index guardianship_student on users.guardianship (student_id);

create table users.telegram_link (
    telegram_user_id bigint primary key,
    account_id       bigint      not null unique references users.account (id) on delete cascade,
    chat_id          bigint      not null,
    active           boolean     not null default true,
    linked_at        timestamptz not null default now()
);
create index telegram_link_chat on users.telegram_link (chat_id);

create table users.invite (
    id         bigserial primary key,
    code       text        not null unique,
    school_id  bigint      not null,
    role       text        not null check (role in ('ADMIN', 'TEACHER', 'STUDENT', 'PARENT')),
    class_id   bigint,
    child_id   bigint references users.account (id) on delete cascade,
    created_by bigint,
    expires_at timestamptz not null,
    max_uses   int         not null check (max_uses > 0),
    uses       int         not null default 0,
    revoked    boolean     not null default false,
    created_at timestamptz not null default now(),
    check (role <> 'PARENT' or child_id is not null)
);
create index invite_school on users.invite (school_id);

create table users.invite_use (
    invite_id  bigint      not null references users.invite (id) on delete cascade,
    account_id bigint      not null references users.account (id) on delete cascade,
    used_at    timestamptz not null default now(),
    primary key (invite_id, account_id)
);
