-- Figures the gradebook and dashboard read without touching attempts: recomputed from the attempts by the statistics
-- consumer on every submit and grade (so a redelivered event writes the same numbers again).
-- Means and medians are over each student's result (the test's grading method over graded attempts), in percent.
create table testing.assignment_statistics (
    assignment_id      bigint primary key references testing.assignment (id) on delete cascade,
    students           int          not null,
    students_submitted int          not null,
    attempts_submitted int          not null,
    attempts_graded    int          not null,
    mean_percent       numeric(6, 2),
    median_percent     numeric(6, 2),
    updated_at         timestamptz  not null
);

-- The same over every assignment given to a class.
create table testing.class_statistics (
    class_id           bigint primary key,
    assignments        int          not null,
    results            int          not null,
    attempts_submitted int          not null,
    attempts_graded    int          not null,
    mean_percent       numeric(6, 2),
    median_percent     numeric(6, 2),
    updated_at         timestamptz  not null
);

-- The newest item analysis of an assignment per attempts selection; 'mark' fingerprints the finished attempts and
-- their marks it was computed from, so a read knows whether it is still fresh.
create table testing.item_analysis (
    assignment_id bigint      not null references testing.assignment (id) on delete cascade,
    selection     text        not null,
    mark          text        not null,
    report        jsonb       not null,
    computed_at   timestamptz not null,
    refreshes     int         not null default 1,
    primary key (assignment_id, selection)
);
