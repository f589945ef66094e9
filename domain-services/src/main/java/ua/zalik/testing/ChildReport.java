package ua.zalik.testing;

import java.time.Instant;
import java.util.List;

/**
 * One child as their parent sees them: the latest finished attempts (scores only where the review policy shows them),
 * assignments still to do (soonest first) and those whose due time passed without a submitted attempt (latest first).
 */
public record ChildReport(long studentId, String name, List<StudentResult> recentResults, List<Deadline> upcoming,
                          List<Deadline> missed) {

    /** {@code dueAt} is the child's own (their override applied). */
    public record Deadline(long assignmentId, String testTitle, Instant dueAt) {
    }
}
