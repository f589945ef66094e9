package ua.zalik.dialogs.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.zalik.bot.intake.DatabaseAway;
import ua.zalik.bot.sending.SentMessage;
import ua.zalik.bot.sending.SentPoll;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends what a committed turn produced, one effect at a time; one that fails is logged and the rest still go. The
 * turn's kept rows are forgotten in one statement once the batch went out; a delivery that outlives half its lease
 * (rate-limit waits) moves the lease on first, so no sweep sends the rest meanwhile.
 */
final class EffectDelivery {

    private static final Logger log = LoggerFactory.getLogger(EffectDelivery.class);

    /** REFUSED: Telegram will never take it (the user blocked the bot); FAILED: worth another try later. */
    enum Outcome { DELIVERED, REFUSED, FAILED }

    private final ChatOutput output;
    private final ContextStore store;
    private final ChatOutbox outbox;
    private final long renewAfterNanos;

    EffectDelivery(ChatOutput output, ContextStore store) {
        this(output, store, ChatOutbox.NONE, Duration.ofSeconds(60));
    }

    EffectDelivery(ChatOutput output, ContextStore store, ChatOutbox outbox, Duration lease) {
        this.output = output;
        this.store = store;
        this.outbox = outbox;
        this.renewAfterNanos = lease.toNanos() / 2;
    }

    void deliver(List<Effect> effects) {
        deliver(effects, List.of());
    }

    /** @param kept the outbox rows of the effects {@link ChatOutbox#kept} selects, in their order */
    void deliver(List<Effect> effects, List<Long> kept) {
        List<Long> done = new ArrayList<>(kept.size());
        int next = 0;
        long renewAt = System.nanoTime() + renewAfterNanos;
        for (Effect effect : effects) {
            boolean isKept = next < kept.size() && ChatOutbox.kept(effect);
            if (Thread.currentThread().isInterrupted()) {
                break; // the instance is shutting down: what is left waits for a sweep elsewhere
            }
            if (isKept && System.nanoTime() > renewAt) {
                outbox.extend(kept.subList(next, kept.size()));
                renewAt = System.nanoTime() + renewAfterNanos;
            }
            deliver(effect);
            if (isKept) {
                if (!Thread.currentThread().isInterrupted()) {
                    done.add(kept.get(next)); // sent, refused or failed for good here: nobody tries it again
                }
                next++;
            }
        }
        forget(done);
    }

    Outcome deliver(Effect effect) {
        try {
            return switch (effect) {
                case Effect.Send send -> outcome(output.send(send.message()));
                case Effect.SendPhoto photo -> outcome(output.sendPhoto(photo.photo()));
                case Effect.SendDocument document -> outcome(output.sendDocument(document.document()));
                case Effect.SendPoll poll -> {
                    SentPoll sent = output.sendPoll(poll.poll());
                    if (sent.delivered() && sent.pollId() != null) {
                        // answers name the user, not the chat: remember which dialog asked
                        store.pollSent(sent.pollId(), new PollOrigin(poll.poll().chatId(), poll.dialog(), poll.tag()));
                    }
                    yield outcome(sent.message());
                }
                case Effect.AnswerCallback answer -> {
                    output.answerCallback(answer.callbackQueryId(), answer.text());
                    yield Outcome.DELIVERED;
                }
                case Effect.SetMenu menu -> {
                    output.setMenu(menu.chatId(), menu.commands());
                    yield Outcome.DELIVERED;
                }
            };
        } catch (RuntimeException e) {
            log.warn("Could not deliver {}", effect, e);
            return Outcome.FAILED;
        }
    }

    /** Off an interrupted thread's flag for the statement (JDBC on an interrupted virtual thread closes the socket). */
    void forget(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        boolean interrupted = Thread.interrupted();
        try {
            // while the database is away, hold on a little: a row left behind is sent again by a sweep a minute later
            for (int tries = 0; ; tries++) {
                try {
                    outbox.delivered(ids);
                    return;
                } catch (RuntimeException e) {
                    if (interrupted || tries >= DatabaseAway.PAUSES_MILLIS.length || !DatabaseAway.causedBy(e)
                            || !DatabaseAway.pause(DatabaseAway.PAUSES_MILLIS[tries])) {
                        log.warn("Could not forget sent replies {}; a sweep may send them again", ids, e);
                        return;
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Outcome outcome(SentMessage sent) {
        if (sent == null || sent.outcome() == SentMessage.Outcome.SENT) {
            return Outcome.DELIVERED;
        }
        return sent.outcome() == SentMessage.Outcome.BLOCKED ? Outcome.REFUSED : Outcome.FAILED;
    }
}
