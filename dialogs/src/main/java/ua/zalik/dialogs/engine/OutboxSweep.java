package ua.zalik.dialogs.engine;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends the replies of turns that committed on an instance which then died before sending them: rows whose lease has
 * passed, claimed with a lock skip (several instances sweep at once, each row goes to one), each chat's in order on
 * a thread of its own, each row forgotten right after it went out. A reply Telegram refuses for good (the user blocked
 * the bot) is dropped; one that failed is tried again after another lease, {@code max-attempts} times in all. An edit
 * whose chat has had a later turn is dropped too: it would put an older screen over the newer one. Counted as
 * {@code zalik.dialogs.outbox{outcome=resent|dropped|stale}}.
 */
public class OutboxSweep {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweep.class);

    private final ChatOutboxMapper rows;
    private final EffectDelivery delivery;
    private final OutboxProperties settings;
    private final MeterRegistry meters;

    OutboxSweep(ChatOutboxMapper rows, EffectDelivery delivery, OutboxProperties settings, MeterRegistry meters) {
        this.rows = rows;
        this.delivery = delivery;
        this.settings = settings;
        this.meters = meters;
    }

    /** How many kept replies this call sent. */
    @Scheduled(initialDelayString = "${zalik.dialogs.outbox.sweep-every:5s}",
            fixedDelayString = "${zalik.dialogs.outbox.sweep-every:5s}")
    public int sweep() {
        int dropped = rows.dropExhausted(settings.maxAttempts());
        if (dropped > 0) {
            log.warn("Dropped {} kept replies whose last try never finished", dropped);
            count("dropped", dropped);
        }
        List<ChatOutboxMapper.Pending> due = rows.claimDue(settings.resendAfter().toMillis(), settings.maxAttempts(),
                settings.batch());
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, List<ChatOutboxMapper.Pending>> chats = new LinkedHashMap<>();
        due.stream().sorted(Comparator.comparingLong(ChatOutboxMapper.Pending::id))
                .forEach(row -> chats.computeIfAbsent(row.chatId(), c -> new ArrayList<>()).add(row));
        List<java.util.concurrent.Future<Integer>> sent = new ArrayList<>();
        // chats in parallel (each waits for its own rate limit), a chat's rows one after another
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            chats.values().forEach(chat -> sent.add(threads.submit(() -> resend(chat))));
        }
        return sent.stream().mapToInt(OutboxSweep::count).sum();
    }

    private int resend(List<ChatOutboxMapper.Pending> chat) {
        int sent = 0;
        for (ChatOutboxMapper.Pending row : chat) {
            Effect effect;
            try {
                effect = OutboxJson.read(row.effect());
            } catch (RuntimeException e) {
                log.warn("Dropping kept reply {} that cannot be read: {}", row.id(), e.toString());
                count("dropped", 1);
                delivery.forget(List.of(row.id()));
                continue;
            }
            if (row.stale() && effect instanceof Effect.Send send && send.message().editMessageId() != null) {
                // the chat moved on (the user pressed again and was answered): this edit would put an old screen back
                log.info("Dropping a kept edit {} of chat {}: the chat has had a later turn", row.id(), row.chatId());
                count("stale", 1);
                delivery.forget(List.of(row.id()));
                continue;
            }
            log.info("Sending a kept reply {} of chat {} again (try {} of {})", row.id(), row.chatId(), row.attempts(),
                    settings.maxAttempts());
            EffectDelivery.Outcome outcome = delivery.deliver(effect);
            if (outcome == EffectDelivery.Outcome.FAILED && row.attempts() < settings.maxAttempts()) {
                return sent; // it and the chat's later rows wait for the next lease, in order
            }
            if (outcome == EffectDelivery.Outcome.DELIVERED) {
                sent++;
                count("resent", 1);
            } else {
                log.warn("Dropping kept reply {} of chat {}: {}", row.id(), row.chatId(), outcome);
                count("dropped", 1);
            }
            delivery.forget(List.of(row.id()));
        }
        return sent;
    }

    private void count(String outcome, int rows) {
        meters.counter("zalik.dialogs.outbox", "outcome", outcome).increment(rows);
    }

    private static int count(java.util.concurrent.Future<Integer> chat) {
        try {
            return chat.get();
        } catch (Exception e) {
            return 0;
        }
    }
}
