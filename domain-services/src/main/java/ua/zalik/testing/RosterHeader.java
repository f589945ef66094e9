package ua.zalik.testing;

import java.time.Instant;

record RosterHeader(long id, long schoolId, long ownerId, Long classId, String title, String review, Instant dueAt,
                    Instant closesAt) {
}
