package ua.zalik.notify;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.outbox.EventHandler;
import ua.zalik.outbox.Outbox;

/** A notification held back by quiet hours is planned for delivery again when its reminder fires. */
@Component
class QuietHoursOver implements EventHandler<ReminderDue> {

    private final Outbox outbox;

    QuietHoursOver(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Class<ReminderDue> eventType() {
        return ReminderDue.class;
    }

    @Override
    @Transactional
    public void handle(ReminderDue due) {
        if (Notifications.REMINDER_KIND.equals(due.kind())) {
            outbox.record(new NotificationPlanned(Long.parseLong(due.payload().get("notificationId"))));
        }
    }
}
