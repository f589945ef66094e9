package ua.zalik.testing;

import java.time.Instant;

record StoredAssignment(long id, long schoolId, long testId, String testTitle, long ownerId, Long classId, Instant opensAt,
                        Instant dueAt, Instant closesAt) {
}
