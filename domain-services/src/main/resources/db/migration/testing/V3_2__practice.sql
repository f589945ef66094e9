-- practice between tests: questions a student got wrong come back as Telegram quiz polls, spaced over days
-- (a Leitner box: right moves a question up a box and doubles the wait, wrong sends it back to box 0); not grades
create table testing.practice (
    student_id   bigint      not null,
    question_id  bigint      not null,
    box          int         not null default 0,
    due_at       timestamptz not null,
    asked_at     timestamptz,
    answered_at  timestamptz,
    right_count  int         not null default 0,
    wrong_count  int         not null default 0,
    primary key (student_id, question_id)
);
