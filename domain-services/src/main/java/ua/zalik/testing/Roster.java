package ua.zalik.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An assignment as the notification fan-out sees it: whom it is for, whose own due time it is, who has handed in,
 * and each student's result so far (the best finished attempt by the test's grading, null before one is graded).
 */
public record Roster(long assignmentId, long schoolId, long ownerId, Long classId, String testTitle, ReviewPolicy review,
                     Instant dueAt, Instant closesAt, List<Student> students) {

    public record Student(long studentId, Instant dueAt, boolean submitted, BigDecimal percent, Integer grade) {
    }

    public Roster {
        students = List.copyOf(students);
    }

    public List<Student> missing(Instant now) {
        return students.stream().filter(s -> !s.submitted() && !s.dueAt().isAfter(now)).toList();
    }
}
