package ua.zalik.notify;

import org.springframework.stereotype.Component;
import ua.zalik.outbox.EventHandler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the bot's delivery in the domain's tests: records which notifications reached the queue. */
@Component
class PlannedNotifications implements EventHandler<NotificationPlanned> {

    final List<Long> received = new CopyOnWriteArrayList<>();

    @Override
    public Class<NotificationPlanned> eventType() {
        return NotificationPlanned.class;
    }

    @Override
    public void handle(NotificationPlanned planned) {
        received.add(planned.notificationId());
    }
}
