package ua.zalik.dialogs.family;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Texts;
import ua.zalik.kernel.Actor;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.NotificationPreferences;
import ua.zalik.notify.Notifications;
import ua.zalik.notify.NotifyService;
import ua.zalik.school.SchoolService;
import ua.zalik.testing.Rosters;
import ua.zalik.testing.Reviews;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;
import ua.zalik.worktime.WorktimeService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The weekly digest: at each parent's chosen day and hour (their school's time) one message a week with each child's
 * grades, missed work and study time of the last seven days, and buttons to acknowledge it or ask the teacher. Any
 * worker may run it any number of times: the dedupe key (parent + ISO week) keeps it to one a week.
 */
@Component
@ConditionalOnExpression("'${zalik.roles:api,bot,worker}'.contains('worker')")
class ParentDigest {

    private static final Logger log = LoggerFactory.getLogger(ParentDigest.class);

    private final UsersService users;
    private final NotifyService preferences;
    private final Notifications notifications;
    private final SchoolService school;
    private final Reviews reviews;
    private final Rosters rosters;
    private final WorktimeService worktime;
    private final Texts texts;
    private final Clock clock;

    ParentDigest(UsersService users, NotifyService preferences, Notifications notifications, SchoolService school,
                 Reviews reviews, Rosters rosters, WorktimeService worktime, Texts texts, Clock clock) {
        this.users = users;
        this.preferences = preferences;
        this.notifications = notifications;
        this.school = school;
        this.reviews = reviews;
        this.rosters = rosters;
        this.worktime = worktime;
        this.texts = texts;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${zalik.notify.digest-period:10m}", initialDelayString = "${zalik.notify.digest-initial-delay:1m}")
    void run() {
        try {
            planDue(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Planning weekly digests failed, will retry: {}", e.toString());
        }
    }

    /** Plans the digest of every parent whose hour it is now; returns how many were planned anew. */
    int planDue(Instant now) {
        int planned = 0;
        for (Account parent : users.accountsByIds(users.parentsInTelegram())) {
            NotificationPreferences wants = preferences.preferences(parent.id());
            ZonedDateTime local = now.atZone(school.school(parent.schoolId()).timezone());
            if (local.getDayOfWeek() == wants.digestDay() && local.getHour() == wants.digestHour()) {
                String week = local.get(IsoFields.WEEK_BASED_YEAR) + "-W" + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                if (notifications.plan(new Notice(NotificationKind.PARENT_DIGEST, parent.id(), "digest:" + parent.id() + ":" + week,
                        "notify.digest", List.of(summary(parent, now, local)),
                        List.of(new Notice.Button("notify.button.ack", "/ack"), new Notice.Button("notify.button.ask", "/ask"))))) {
                    planned++;
                }
            }
        }
        return planned;
    }

    private String summary(Account parent, Instant now, ZonedDateTime local) {
        Locale locale = Texts.locale(parent.language());
        Actor actor = users.actorFor(parent.id());
        Instant weekAgo = now.minus(Duration.ofDays(7));
        List<String> children = new ArrayList<>();
        for (Account child : users.children(actor, parent.id())) {
            List<String> grades = reviews.resultsOf(actor, child.id()).stream()
                    .filter(r -> r.score() != null && r.submittedAt() != null && r.submittedAt().isAfter(weekAgo))
                    .map(r -> texts.plain(locale, "notify.digest.grade", r.testTitle(), r.score().grade()))
                    .toList();
            List<String> missed = rosters.missedBy(child.id(), weekAgo, now);
            // the last seven school days, not the calendar week: a Monday digest would otherwise show next to nothing
            long minutes = worktime.totals(actor, child.id(), local.toLocalDate().minusDays(6), local.toLocalDate()).totalMinutes();
            children.add(texts.plain(locale, "notify.digest.child", child.fullName(),
                    grades.isEmpty() ? texts.plain(locale, "notify.digest.no-grades") : String.join(", ", grades),
                    missed.isEmpty() ? texts.plain(locale, "notify.digest.none-missed") : String.join(", ", missed),
                    minutes / 60, minutes % 60));
        }
        return String.join("\n\n", children);
    }
}
