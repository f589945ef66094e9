package ua.zalik.bot.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.bot.EchoHandler;
import ua.zalik.bot.TelegramTestSupport;
import ua.zalik.bot.config.ChatLogIds;
import ua.zalik.bot.config.TelegramProperties;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance that accepted updates and then froze or died: another instance's sweep replays them, once. The replay
 * threshold is tiny here; in production it is a minute.
 */
class RecoveryTests extends TelegramTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration REPLAY_AFTER = Duration.ofMillis(200);
    private static final AtomicLong UPDATE_IDS = new AtomicLong(1_200_000_000L + Math.floorMod(System.nanoTime(), 100_000_000L));

    @Autowired ProcessedUpdateMapper processed;
    @Autowired HandledUpdates handled;
    @Autowired ChatDispatcher dispatcher;
    @Autowired UpdateIntake intake;
    @Autowired EchoHandler echo;
    @Autowired MeterRegistry meters;
    @Autowired ChatLogIds logIds;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("telegram") ObjectMapper json;

    /** The frozen instance: its handler never finishes a turn until the test ends. */
    private final CountDownLatch thaw = new CountDownLatch(1);
    private ChatDispatcher frozenDispatcher;

    @AfterEach
    void thawTheFrozenInstance() throws InterruptedException {
        thaw.countDown();
        if (frozenDispatcher != null) {
            frozenDispatcher.close();
        }
    }

    @Test
    void updatesAcceptedByAnInstanceThatDiedAreHandledOnceByAnotherAfterTheThreshold() throws Exception {
        UpdateIntake frozen = frozenInstance();
        List<Long> chats = IntStream.range(0, 10).mapToObj(i -> newPrivateChat()).toList();
        List<Long> ids = chats.stream().map(chat -> {
            long id = UPDATE_IDS.incrementAndGet();
            frozen.accept(textUpdate(id, chat, "lost?"));
            return id;
        }).toList();
        double recoveredBefore = recovered();
        Thread.sleep(REPLAY_AFTER.toMillis() * 2);

        // two surviving instances sweep at the same moment: the lock skip lets each update go to one of them only
        UpdateRecovery one = recovery(3);
        UpdateRecovery two = recovery(3);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Integer> a = threads.submit(one::sweep);
            Future<Integer> b = threads.submit(two::sweep);
            a.get();
            b.get();
        }

        for (int i = 0; i < chats.size(); i++) {
            long chat = chats.get(i);
            FAKE.awaitMessages(chat, 1, WAIT);
            intake.accept(textUpdate(UPDATE_IDS.incrementAndGet(), chat, "next"));
            FAKE.awaitMessages(chat, 2, WAIT);
            // per chat in order: a second replay of "lost?" would have shown before "next"
            assertThat(FAKE.textsTo(chat)).containsExactly("echo: lost?", "echo: next");
            assertThat(handledAt(ids.get(i))).isTrue();
        }
        assertThat(recovered() - recoveredBefore).isGreaterThanOrEqualTo(chats.size());
        Thread.sleep(REPLAY_AFTER.toMillis() * 2);
        recovery(3).sweep();
        intake.accept(textUpdate(UPDATE_IDS.incrementAndGet(), chats.getFirst(), "last"));
        FAKE.awaitMessages(chats.getFirst(), 3, WAIT);
        assertThat(FAKE.textsTo(chats.getFirst())).containsExactly("echo: lost?", "echo: next", "echo: last");
    }

    @Test
    void anUpdateHandledNormallyIsNeverReplayed() throws Exception {
        long chat = newPrivateChat();
        long id = UPDATE_IDS.incrementAndGet();
        intake.accept(textUpdate(id, chat, "once"));
        FAKE.awaitMessages(chat, 1, WAIT);
        awaitHandled(id);

        Thread.sleep(REPLAY_AFTER.toMillis() * 2);
        recovery(3).sweep();
        FAKE.userSends(chat, "after");

        FAKE.awaitMessages(chat, 2, WAIT);
        assertThat(FAKE.textsTo(chat)).containsExactly("echo: once", "echo: after");
        assertThat(echo.handledIn(chat)).extracting(IncomingUpdate::text).containsExactly("once", "after");
    }

    @Test
    void anUpdateIsReplayedAtMostTheConfiguredNumberOfTimes() throws Exception {
        long id = UPDATE_IDS.incrementAndGet();
        frozenInstance().accept(textUpdate(id, newPrivateChat(), "stuck"));
        // the replays go to the frozen instance too, so the update never gets handled
        UpdateRecovery stuck = new UpdateRecovery(processed, frozenDispatcher, json, settings(2));

        for (int i = 0; i < 4; i++) {
            Thread.sleep(REPLAY_AFTER.toMillis() + 50);
            stuck.sweep();
        }

        assertThat(jdbc.queryForObject("select replays from bot.processed_update where update_id = ?", Integer.class, id))
                .isEqualTo(2);
        assertThat(handledAt(id)).isFalse();
    }

    @Test
    void theUpdatesBodyIsKeptWithItsIdWhenAccepted() {
        long id = UPDATE_IDS.incrementAndGet();
        long chat = newPrivateChat();
        frozenInstance().accept(textUpdate(id, chat, "kept"));

        String body = jdbc.queryForObject("select body from bot.processed_update where update_id = ?", String.class, id);

        assertThat(body).contains("\"kept\"").contains(String.valueOf(chat));
        assertThat(handledAt(id)).isFalse();
    }

    @Test
    void anUpdateFromLongPollingIsKeptSoThatItReadsBackTheSame() throws Exception {
        long chat = newPrivateChat();
        long id = UPDATE_IDS.incrementAndGet();
        String pressed = "{\"update_id\":" + id + ",\"callback_query\":{\"id\":\"CQ-" + id + "\",\"data\":\"tok:1\","
                + "\"chat_instance\":\"1\",\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"T\"},"
                + "\"message\":{\"message_id\":7,\"date\":1,\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},"
                + "\"text\":\"pick\"}}}";
        var update = json.readValue(pressed, org.telegram.telegrambots.meta.api.objects.Update.class);
        frozenInstance().accept(update);

        String body = jdbc.queryForObject("select body from bot.processed_update where update_id = ?", String.class, id);

        assertThat(UpdateConverter.convert(json.readValue(body, org.telegram.telegrambots.meta.api.objects.Update.class)))
                .isEqualTo(UpdateConverter.convert(update));
    }

    private UpdateIntake frozenInstance() {
        UpdateHandler frozen = new UpdateHandler() {
            @Override
            public void handle(IncomingUpdate update) {
                try {
                    thaw.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("the instance died before the turn committed");
            }
        };
        frozenDispatcher = new ChatDispatcher(frozen, handled, meters, 1000, logIds);
        return new UpdateIntake(processed, frozenDispatcher, json);
    }

    private UpdateRecovery recovery(int maxReplays) {
        return new UpdateRecovery(processed, dispatcher, json, settings(maxReplays));
    }

    private static TelegramProperties.Intake settings(int maxReplays) {
        return new TelegramProperties.Intake(1000, Duration.ofHours(48), REPLAY_AFTER, Duration.ofSeconds(5), maxReplays);
    }

    private double recovered() {
        return meters.counter("zalik.telegram.updates", "outcome", "recovered").count();
    }

    private boolean handledAt(long id) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select handled_at is not null from bot.processed_update where update_id = ?", Boolean.class, id));
    }

    private void awaitHandled(long id) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!handledAt(id) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(handledAt(id)).isTrue();
    }

    private static byte[] textUpdate(long updateId, long chat, String text) {
        return ("{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId % 100000) + ",\"date\":1,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"from\":{\"id\":" + chat
                + ",\"is_bot\":false,\"first_name\":\"T\"},\"text\":\"" + text + "\"}}").getBytes(StandardCharsets.UTF_8);
    }
}
