package ua.zalik.bot.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import ua.zalik.bot.config.ChatLogIds;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs the handler for one chat's updates one at a time and in order, for different chats in parallel: a chat with
 * work has a queue and one virtual thread draining it; both go away when the queue is empty. An update whose handler
 * threw stays unhandled, for the recovery sweep; so do the updates still queued when the dispatcher closes (a queue
 * drained at Telegram's one message a second per chat would hold the shutdown for as long).
 */
final class ChatDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChatDispatcher.class);

    private final UpdateHandler handler;
    private final HandledUpdates handled;
    private final ChatLogIds logIds;
    private final MeterRegistry meters;
    private final Semaphore pending;
    private final Timer turns;
    private final Map<Long, ArrayDeque<IncomingUpdate>> chats = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("chat-", 0).factory());
    private volatile boolean closing;

    ChatDispatcher(UpdateHandler handler, HandledUpdates handled, MeterRegistry meters, int maxPending,
                   ChatLogIds logIds) {
        this.handler = handler;
        this.handled = handled;
        this.logIds = logIds;
        this.meters = meters;
        this.pending = new Semaphore(maxPending);
        // a chat turn's server time, from its handler starting to its replies sent (percentiles for bench/)
        this.turns = Timer.builder("zalik.telegram.turns").description("Handling one update, replies included")
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
    }

    /** Queues the update behind its chat's earlier ones; waits while too many updates are pending overall. */
    void dispatch(IncomingUpdate update) throws InterruptedException {
        if (closing) {
            return; // recorded but not handled: the recovery sweep replays it
        }
        pending.acquire();
        boolean[] start = {false};
        chats.compute(update.chatId(), (id, queue) -> {
            ArrayDeque<IncomingUpdate> q = queue;
            if (q == null) {
                q = new ArrayDeque<>();
                start[0] = true;
            }
            q.add(update);
            return q;
        });
        if (start[0]) {
            try {
                threads.execute(() -> drain(update.chatId()));
            } catch (RejectedExecutionException closed) {
                pending.release(); // closed meanwhile: left for the recovery sweep
            }
        }
    }

    private void drain(long chatId) {
        while (!closing) {
            IncomingUpdate[] next = {null};
            // the chat keeps its (maybe empty) queue while its update runs, so a newcomer waits instead of racing
            chats.compute(chatId, (id, queue) -> {
                next[0] = queue.poll();
                return next[0] == null ? null : queue;
            });
            if (next[0] == null) {
                return;
            }
            // every line logged while the update runs names it and its chat (hashed): MDC fields in JSON logs
            try (var update = MDC.putCloseable("update_id", String.valueOf(next[0].updateId()));
                 var chat = MDC.putCloseable("chat", logIds.of(chatId))) {
                long started = System.nanoTime();
                handler.handle(next[0]);
                if (!handler.marksHandled()) {
                    handled.markHandled(next[0].updateId());
                }
                turns.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                count("handled");
            } catch (RuntimeException | Error e) {
                count("failed");
                log.error("Handling the update failed", e);
            } finally {
                pending.release();
            }
        }
    }

    void count(String outcome) {
        meters.counter("zalik.telegram.updates", "outcome", outcome).increment();
    }

    @Override
    public void close() throws InterruptedException {
        closing = true;
        threads.shutdown();
        // the turns under way finish; the queued updates wait for the recovery sweep
        if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("Chat handlers still running at shutdown: {} chats", chats.size());
            threads.shutdownNow();
        }
    }
}
