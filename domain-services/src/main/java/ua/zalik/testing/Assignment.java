package ua.zalik.testing;

import java.time.Instant;
import java.util.List;

/** {@code studentIds} are all recipients for its teachers, only the caller (or their children) for students and parents. */
public record Assignment(long id, long testId, String testTitle, long ownerId, Long classId, Instant opensAt, Instant dueAt,
                         Instant closesAt, List<Long> studentIds) {
}
