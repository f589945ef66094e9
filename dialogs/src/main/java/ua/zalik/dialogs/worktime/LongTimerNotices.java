package ua.zalik.dialogs.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.kernel.Actor;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.ReminderDue;
import ua.zalik.outbox.EventHandler;
import ua.zalik.school.SchoolService;
import ua.zalik.school.Subject;
import ua.zalik.worktime.TimeEntry;
import ua.zalik.worktime.WorktimeService;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The timer that has run for {@link WorktimeService#LONG_TIMER}: one notice to its owner, with a Stop button, once per
 * timer (the dedupe key names the entry). A timer stopped or replaced since, or not yet that old by our clock, gets none.
 */
@Component
class LongTimerNotices implements EventHandler<ReminderDue> {

    static final String TEMPLATE = "worktime.notify.long-timer";

    private final WorktimeService worktime;
    private final SchoolService school;
    private final OwnerNotices owners;
    private final Clock clock;

    LongTimerNotices(WorktimeService worktime, SchoolService school, OwnerNotices owners, Clock clock) {
        this.worktime = worktime;
        this.school = school;
        this.owners = owners;
        this.clock = clock;
    }

    @Override
    public Class<ReminderDue> eventType() {
        return ReminderDue.class;
    }

    @Override
    public void handle(ReminderDue due) {
        if (!WorktimeService.LONG_TIMER_REMINDER.equals(due.kind())) {
            return;
        }
        long accountId = Long.parseLong(due.payload().get("accountId"));
        long entryId = Long.parseLong(due.payload().get("entryId"));
        Optional<Actor> owner = owners.owner(accountId);
        if (owner.isEmpty()) {
            return;
        }
        Optional<TimeEntry> running = worktime.runningTimer(owner.get()).filter(entry -> entry.id() == entryId);
        if (running.isEmpty() || running.get().duration(clock.instant()).compareTo(WorktimeService.LONG_TIMER) < 0) {
            return;
        }
        String what = what(running.get());
        owners.plan(NotificationKind.TIMER_REMINDER, owner.get(), "timer-8h:" + entryId,
                what == null ? TEMPLATE + ".study" : TEMPLATE,
                List.of(what == null ? "" : what, String.valueOf(WorktimeService.LONG_TIMER.toHours())),
                new Notice.Button("worktime.button.stop", "/stop"));
    }

    /**
     * The notice is rendered in the owner's language later, so it names the timer by the words typed and the subject's
     * name; null for the plain study timer, whose template says "study" in the owner's language.
     */
    private String what(TimeEntry entry) {
        String subject = entry.subjectId() == null ? null
                : school.findSubject(entry.subjectId()).map(Subject::name).orElse(null);
        boolean plain = WorktimeService.DEFAULT_ACTIVITY.equals(entry.activity());
        if (subject == null) {
            return plain ? null : entry.activity();
        }
        return plain ? subject : entry.activity() + " · " + subject;
    }
}
