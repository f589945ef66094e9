package ua.zalik.dialogs.notifications;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.Notifications;
import ua.zalik.outbox.EventHandler;
import ua.zalik.testing.AttemptGraded;
import ua.zalik.testing.ReviewPolicy;
import ua.zalik.testing.Roster;
import ua.zalik.testing.Rosters;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.math.RoundingMode;
import java.util.List;

/**
 * Tells the student and their parents a result once the review policy releases it: when the attempt is graded
 * (released after the attempt) or when the assignment closes (released after close), never for "never". The score
 * is in the message only when the policy shows it. One message per attempt and recipient, however often it is regraded.
 * A student who submitted in chat and was graded at once has just seen the result screen: only the parents hear of it.
 */
@Component
class ResultNotices implements ClosingNotices {

    private final Rosters rosters;
    private final Notifications notifications;
    private final UsersService users;

    ResultNotices(Rosters rosters, Notifications notifications, UsersService users) {
        this.rosters = rosters;
        this.notifications = notifications;
        this.users = users;
    }

    @Component
    static class OnGraded implements EventHandler<AttemptGraded> {

        private final ResultNotices notices;

        OnGraded(ResultNotices notices) {
            this.notices = notices;
        }

        @Override
        public Class<AttemptGraded> eventType() {
            return AttemptGraded.class;
        }

        @Override
        public void handle(AttemptGraded graded) {
            notices.graded(graded);
        }
    }

    @Transactional
    void graded(AttemptGraded graded) {
        rosters.roster(graded.assignmentId())
                .filter(roster -> roster.review().when() == ReviewPolicy.When.AFTER_ATTEMPT)
                .ifPresent(roster -> tell(roster, graded.studentId(), "attempt:" + graded.attemptId(),
                        graded.percent().setScale(0, RoundingMode.HALF_UP).toPlainString(), graded.grade(),
                        !graded.seenByStudent()));
    }

    @Override
    @Transactional
    public void closed(long assignmentId) {
        rosters.roster(assignmentId)
                .filter(roster -> roster.review().when() == ReviewPolicy.When.AFTER_CLOSE)
                .ifPresent(roster -> roster.students().stream().filter(s -> s.percent() != null)
                        .forEach(s -> tell(roster, s.studentId(), "assignment:" + assignmentId,
                                s.percent().setScale(0, RoundingMode.HALF_UP).toPlainString(), s.grade(), true)));
    }

    private void tell(Roster roster, long studentId, String what, String percent, int grade, boolean toStudent) {
        Account student = users.accountsByIds(List.of(studentId)).stream().findFirst().orElse(null);
        if (student == null) {
            return;
        }
        boolean score = roster.review().score();
        String key = "result:" + what + ":" + studentId;
        if (toStudent) {
            notifications.plan(new Notice(NotificationKind.RESULTS_RELEASED, studentId, key + ":" + studentId,
                    score ? "notify.result" : "notify.result.no-score",
                    score ? List.of(roster.testTitle(), percent, String.valueOf(grade)) : List.of(roster.testTitle()),
                    List.of(new Notice.Button("notify.button.tests", "/tests"))));
        }
        for (long parent : users.guardianIdsOf(studentId)) {
            notifications.plan(new Notice(NotificationKind.RESULTS_RELEASED, parent, key + ":" + parent,
                    score ? "notify.result.parent" : "notify.result.parent.no-score",
                    score ? List.of(student.fullName(), roster.testTitle(), percent, String.valueOf(grade))
                            : List.of(student.fullName(), roster.testTitle())));
        }
    }
}
