package ua.zalik.dialogs.notifications;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ua.zalik.bot.sending.OutgoingMessage;
import ua.zalik.bot.sending.Sender;
import ua.zalik.bot.sending.SentMessage;
import ua.zalik.dialogs.engine.Texts;
import ua.zalik.notify.Delivery;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationPlanned;
import ua.zalik.notify.Notifications;
import ua.zalik.outbox.EventHandler;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Delivers planned notifications through the Sender as bulk traffic (a user's own replies go first), rendered in the
 * recipient's language. Without a bot they stay planned. A failed send is released and its message redelivered.
 */
@Component
class NotificationDelivery implements EventHandler<NotificationPlanned> {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final Notifications notifications;
    private final ObjectProvider<Sender> sender;
    private final Texts texts;
    private final MeterRegistry meters;
    private final Clock clock;

    NotificationDelivery(Notifications notifications, ObjectProvider<Sender> sender, Texts texts,
                         ObjectProvider<MeterRegistry> meters, Clock clock) {
        this.clock = clock;
        this.notifications = notifications;
        this.sender = sender;
        this.texts = texts;
        this.meters = meters.getIfAvailable(() -> Metrics.globalRegistry);
    }

    @Override
    public Class<NotificationPlanned> eventType() {
        return NotificationPlanned.class;
    }

    @Override
    public void handle(NotificationPlanned planned) {
        Sender telegram = sender.getIfAvailable();
        if (telegram == null) {
            log.debug("The bot is off: notification {} stays planned", planned.notificationId());
            return;
        }
        Delivery delivery = notifications.claim(planned.notificationId(), clock.instant());
        if (!(delivery instanceof Delivery.Send send)) {
            count(delivery instanceof Delivery.Later ? "deferred" : "not_sent");
            return;
        }
        SentMessage sent;
        try {
            sent = telegram.send(render(send));
        } catch (RuntimeException e) {
            notifications.release(send.notificationId());
            throw e;
        }
        count(sent.outcome().name().toLowerCase(Locale.ROOT));
        switch (sent.outcome()) {
            case SENT -> notifications.sent(send.notificationId());
            case BLOCKED -> notifications.blocked(send.notificationId());
            case FAILED -> {
                notifications.release(send.notificationId());
                throw new IllegalStateException("Telegram did not take notification " + send.notificationId());
            }
        }
    }

    private void count(String outcome) {
        meters.counter("zalik.notifications", "outcome", outcome).increment();
    }

    OutgoingMessage render(Delivery.Send send) {
        Locale locale = Texts.locale(send.language());
        OutgoingMessage message = OutgoingMessage.bulk(send.chatId(), texts.text(locale, send.template(), send.args().toArray()));
        if (send.buttons().isEmpty()) {
            return message;
        }
        List<OutgoingMessage.Button> row = send.buttons().stream().map(button -> button(locale, button)).toList();
        return message.withKeyboard(OutgoingMessage.InlineKeyboard.of(List.of(row)));
    }

    private OutgoingMessage.Button button(Locale locale, Notice.Button button) {
        String label = texts.text(locale, button.labelKey());
        return button.action().startsWith("https://")
                ? OutgoingMessage.Button.link(label, button.action())
                : OutgoingMessage.Button.callback(label, button.action());
    }
}
