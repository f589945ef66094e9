-- When a teacher last nudged a student about an assignment: a nudge waits a full hour after the one before.
create table testing.nudge (
    assignment_id bigint      not null references testing.assignment (id) on delete cascade,
    student_id    bigint      not null,
    nudged_at     timestamptz not null,
    primary key (assignment_id, student_id)
);
