package ua.zalik.dialogs.notifications;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.dialogs.engine.Texts;
import ua.zalik.dialogs.teaching.AnalysisTexts;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.Notifications;
import ua.zalik.testing.Roster;
import ua.zalik.testing.Rosters;
import ua.zalik.testing.Statistics;
import ua.zalik.testing.TestAnalysis;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When an assignment closes its teacher gets the item analysis in chat: how many attempts it covers and the questions
 * worth a look ("Q7: discrimination below 0 — is the key right?"), with buttons to the full table (/analysis) and,
 * when the dashboard has an https address, its item analysis page. One message per assignment, however often the
 * event comes; none when nobody handed in.
 */
@Component
class AnalysisNotices implements ClosingNotices {

    private final Statistics statistics;
    private final Rosters rosters;
    private final Notifications notifications;
    private final UsersService users;
    private final Texts texts;
    private final DashboardProperties dashboard;

    AnalysisNotices(Statistics statistics, Rosters rosters, Notifications notifications, UsersService users, Texts texts,
                    DashboardProperties dashboard) {
        this.statistics = statistics;
        this.rosters = rosters;
        this.notifications = notifications;
        this.users = users;
        this.texts = texts;
        this.dashboard = dashboard;
    }

    @Override
    @Transactional
    public void closed(long assignmentId) {
        Optional<Roster> roster = rosters.roster(assignmentId);
        Optional<TestAnalysis> analysis = statistics.ofAssignment(assignmentId);
        Optional<Account> teacher = roster.flatMap(r -> users.accountsByIds(List.of(r.ownerId())).stream().findFirst());
        if (roster.isEmpty() || analysis.isEmpty() || teacher.isEmpty() || analysis.get().analysed() == 0) {
            return;
        }
        List<String> flagged = AnalysisTexts.flagged(texts, Texts.locale(teacher.get().language()), analysis.get());
        List<Notice.Button> buttons = new ArrayList<>();
        buttons.add(new Notice.Button("teaching.analysis.button.table", "/analysis " + assignmentId));
        dashboard.link("/analysis/" + assignmentId).ifPresent(url -> buttons.add(new Notice.Button("teaching.analysis.button.dashboard", url)));
        notifications.plan(new Notice(NotificationKind.ASSIGNMENT_CLOSED, teacher.get().id(),
                "analysis:" + assignmentId + ":" + teacher.get().id(),
                flagged.isEmpty() ? "teaching.analysis.closed.clean" : "teaching.analysis.closed",
                List.of(roster.get().testTitle(), String.valueOf(analysis.get().analysed()), String.join("\n", flagged)),
                buttons));
    }
}
