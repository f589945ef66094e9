package ua.zalik.notify;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import ua.zalik.outbox.Outbox;
import ua.zalik.school.SchoolService;
import ua.zalik.users.Account;
import ua.zalik.users.TelegramLink;
import ua.zalik.users.UsersService;

import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans notifications (once per dedupe key) and decides, at delivery time, whether and where each goes: the
 * recipient's kinds and quiet hours (in their school's timezone) and their Telegram chat. Sending is the bot's.
 */
@Service
public class Notifications {

    static final String REMINDER_KIND = "notification";
    /** A delivery that claimed a notification and then died leaves it SENDING; after this it may be claimed again. */
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);

    private final NotificationMapper notifications;
    private final NotifyService preferences;
    private final UsersService users;
    private final SchoolService school;
    private final Reminders reminders;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    Notifications(NotificationMapper notifications, NotifyService preferences, UsersService users, SchoolService school,
                  Reminders reminders, Outbox outbox, JsonMapper json, Clock clock) {
        this.clock = clock;
        this.notifications = notifications;
        this.preferences = preferences;
        this.users = users;
        this.school = school;
        this.reminders = reminders;
        this.outbox = outbox;
        this.json = json;
    }

    /** Plans the notice in the caller's transaction; false when one with its dedupe key was planned before. */
    @Transactional
    public boolean plan(Notice notice) {
        Long id = notifications.insert(notice, json.writeValueAsString(notice.args()), json.writeValueAsString(notice.buttons()));
        if (id == null) {
            return false;
        }
        outbox.record(new NotificationPlanned(id));
        return true;
    }

    /**
     * Claims a notification for sending now, or says why not. A {@link Delivery.Send} must be followed by
     * {@link #sent} or {@link #blocked}; quiet hours turn it into a reminder that plans the delivery again.
     */
    @Transactional
    public Delivery claim(long notificationId, Instant now) {
        StoredNotification found = notifications.lock(notificationId);
        if (found == null) {
            return new Delivery.Nothing("no notification " + notificationId);
        }
        boolean stale = "SENDING".equals(found.state()) && found.claimedAt().plus(CLAIM_TIMEOUT).isBefore(now);
        if (!List.of("PLANNED", "DEFERRED").contains(found.state()) && !stale) {
            return new Delivery.Nothing("already " + found.state().toLowerCase());
        }
        Optional<Account> recipient = users.accountsByIds(List.of(found.recipientId())).stream().findFirst();
        Optional<TelegramLink> link = recipient.flatMap(account -> users.telegramLink(account.id())).filter(TelegramLink::active);
        if (link.isEmpty()) {
            notifications.changeState(notificationId, "NO_CHAT", now);
            return new Delivery.Nothing("no active Telegram chat");
        }
        Optional<Instant> when = preferences.preferences(found.recipientId())
                .deliveryTime(found.kind(), now, school.school(recipient.get().schoolId()).timezone());
        if (when.isEmpty()) {
            notifications.changeState(notificationId, "SKIPPED", now);
            return new Delivery.Nothing("turned off by the recipient");
        }
        if (when.get().isAfter(now)) {
            notifications.changeState(notificationId, "DEFERRED", now);
            reminders.plan(new ReminderPlan(REMINDER_KIND, String.valueOf(notificationId), when.get(),
                    Map.of("notificationId", String.valueOf(notificationId))));
            return new Delivery.Later(when.get());
        }
        notifications.changeState(notificationId, "SENDING", now);
        return new Delivery.Send(notificationId, link.get().chatId(), recipient.get().language(), found.template(),
                json.readValue(found.args(), new TypeReference<List<Object>>() {
                }),
                json.readValue(found.buttons(), new TypeReference<List<Notice.Button>>() {
                }));
    }

    @Transactional
    public void sent(long notificationId) {
        notifications.changeState(notificationId, "SENT", clock.instant());
    }

    /** The recipient blocked the bot: the message is not retried (the Sender marks the chat inactive). */
    @Transactional
    public void blocked(long notificationId) {
        notifications.changeState(notificationId, "BLOCKED", clock.instant());
    }

    /** A send failed for a passing reason: the notification may be claimed again at once. */
    @Transactional
    public void release(long notificationId) {
        notifications.changeState(notificationId, "PLANNED", clock.instant());
    }
}
