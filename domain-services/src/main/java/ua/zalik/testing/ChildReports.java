package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.PageRequest;
import ua.zalik.kernel.Role;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a parent sees of each child: recent results per the review policy, upcoming and missed deadlines. */
@Service
public class ChildReports {

    static final int RECENT = 5;

    private final Reviews reviews;
    private final Assignments assignments;
    private final Tests tests;
    private final AttemptMapper attempts;
    private final UsersService users;
    private final Clock clock;

    ChildReports(Reviews reviews, Assignments assignments, Tests tests, AttemptMapper attempts, UsersService users, Clock clock) {
        this.reviews = reviews;
        this.assignments = assignments;
        this.tests = tests;
        this.attempts = attempts;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ChildReport> ofChildren(Actor actor) {
        if (!actor.is(Role.PARENT)) {
            throw new ForbiddenException("only parents see their children's reports");
        }
        Instant now = clock.instant();
        List<Assignment> given = assignments.assignments(actor, PageRequest.first(PageRequest.MAX_SIZE)).items();
        List<ChildReport> reports = new ArrayList<>();
        List<Account> children = users.accountsByIds(actor.childIds()).stream()
                .filter(child -> child.schoolId() == actor.schoolId())
                .sorted(Comparator.comparing(Account::fullName)).toList();
        for (Account child : children) {
            List<StudentResult> recent = reviews.resultsOf(actor, child.id()).stream()
                    .filter(r -> r.state() != AttemptState.IN_PROGRESS)
                    .sorted(Comparator.comparing(StudentResult::submittedAt).reversed()).limit(RECENT).toList();
            Set<Long> finished = attempts.attemptsOfStudent(child.id()).stream()
                    .filter(a -> a.attemptState() != AttemptState.IN_PROGRESS)
                    .map(StoredAttempt::assignmentId).collect(Collectors.toSet());
            List<ChildReport.Deadline> upcoming = new ArrayList<>();
            List<ChildReport.Deadline> missed = new ArrayList<>();
            for (Assignment assignment : given) {
                if (!assignment.studentIds().contains(child.id()) || finished.contains(assignment.id())
                        || assignment.opensAt().isAfter(now)) {
                    continue;
                }
                StoredAssignment stored = assignments.find(assignment.id());
                Instant due = assignments.terms(stored, tests.settings(tests.find(stored.testId())), child.id()).dueAt();
                (due.isAfter(now) ? upcoming : missed).add(new ChildReport.Deadline(assignment.id(), assignment.testTitle(), due));
            }
            upcoming.sort(Comparator.comparing(ChildReport.Deadline::dueAt));
            missed.sort(Comparator.comparing(ChildReport.Deadline::dueAt).reversed());
            reports.add(new ChildReport(child.id(), child.fullName(), recent, upcoming,
                    List.copyOf(missed.subList(0, Math.min(RECENT, missed.size())))));
        }
        return reports;
    }
}
