package ua.zalik.testing;

import java.time.Instant;
import java.util.List;

/**
 * A student's attempt: its questions in their frozen order and the server's deadline (null without a time limit or
 * close); {@code sequential} when it goes question by question ({@link Navigation#SEQUENTIAL}).
 */
public record AttemptView(long id, long assignmentId, int number, AttemptState state, Instant startedAt, Instant deadlineAt,
                          Instant submittedAt, List<QuestionView> questions, boolean sequential) {
}
