package ua.zalik.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** In the worker role: fires due reminders every period; any number of workers may run it at once. */
@Component
@ConditionalOnExpression("'${zalik.roles:api,bot,worker}'.contains('worker')")
class ReminderScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final Reminders reminders;

    ReminderScheduler(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${zalik.notify.reminder-period:5s}")
    void fire() {
        try {
            while (reminders.fireDue() == Reminders.CLAIM_LIMIT) {
                // more are due: keep claiming
            }
        } catch (RuntimeException e) {
            log.warn("Firing reminders failed, will retry: {}", e.toString());
        }
    }
}
