package ua.zalik.testing;

import java.time.Instant;

/** One attempt in a student's (or their parent's) list; {@code score} is null while the review policy withholds it. */
public record StudentResult(long attemptId, long assignmentId, String testTitle, int number, AttemptState state,
                            Instant submittedAt, Score score, boolean reviewOpen) {
}
