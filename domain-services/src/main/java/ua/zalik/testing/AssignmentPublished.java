package ua.zalik.testing;

import java.time.Instant;
import java.util.List;

public record AssignmentPublished(long assignmentId, long testId, long schoolId, String testTitle, Long classId,
                                  List<Long> studentIds, Instant opensAt, Instant dueAt, Instant closesAt) {
}
