package ua.zalik.bot.intake;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.bot.EchoHandler;
import ua.zalik.bot.TelegramTestSupport;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.bot.fakeapi.FakeUser;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Through long polling against the fake Bot API, except where a test feeds intake directly. */
class IntakeTests extends TelegramTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicLong UPDATE_IDS = new AtomicLong(1_000_000_000L + Math.floorMod(System.nanoTime(), 100_000_000L));

    @Autowired
    UpdateIntake intake;

    @Autowired
    EchoHandler echo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    UpdateIdPurge purge;

    @Autowired
    ProcessedUpdateMapper processed;

    @Autowired
    HandledUpdates handledUpdates;

    @Autowired
    ua.zalik.bot.config.ChatLogIds logIds;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("telegram")
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Test
    void pollingRemovesTheWebhookAndRepliesReachTheUser() {
        long chat = newPrivateChat();
        FAKE.userSends(chat, "привіт <b>");

        assertThat(FAKE.awaitMessages(chat, 1, WAIT)).extracting(FakeMessage::text).containsExactly("echo: привіт <b>");
        assertThat(FAKE.calls("deleteWebhook")).isNotEmpty();
    }

    @Test
    void sameUpdateDeliveredFiveTimesConcurrentlyIsHandledOnce() throws Exception {
        long chat = newPrivateChat();
        byte[] update = textUpdate(UPDATE_IDS.incrementAndGet(), chat, "once");
        CountDownLatch go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(5)) {
            for (int i = 0; i < 5; i++) {
                pool.execute(() -> {
                    await(go);
                    intake.accept(update);
                });
            }
            go.countDown();
        }
        for (int i = 0; i < 5; i++) {
            intake.accept(update);
        }
        intake.accept(textUpdate(UPDATE_IDS.incrementAndGet(), chat, "next"));

        // the chat runs in order, so once "next" is answered a duplicate of "once" would have shown before it
        FAKE.awaitMessages(chat, 2, WAIT);
        assertThat(FAKE.textsTo(chat)).containsExactly("echo: once", "echo: next");
        assertThat(echo.handledIn(chat)).hasSize(2);
    }

    @Test
    void everyUpdateDeliveredFiveTimesAtOnceToThreeInstancesIsHandledExactlyOnce() throws Exception {
        // three instances: each its own intake and dispatcher, sharing only the database, as behind a load balancer
        Map<Long, AtomicInteger> handled = new ConcurrentHashMap<>();
        UpdateHandler counting = update -> handled.computeIfAbsent(update.updateId(), id -> new AtomicInteger())
                .incrementAndGet();
        List<ChatDispatcher> dispatchers = IntStream.range(0, 3)
                .mapToObj(i -> new ChatDispatcher(counting, handledUpdates, meters, 1000, logIds)).toList();
        List<UpdateIntake> instances = dispatchers.stream().map(d -> new UpdateIntake(processed, d, json)).toList();
        List<Long> ids = IntStream.range(0, 60).mapToObj(i -> UPDATE_IDS.incrementAndGet()).toList();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch go = new CountDownLatch(1);
            for (int n = 0; n < ids.size(); n++) {
                byte[] update = textUpdate(ids.get(n), newPrivateChat(), "copy");
                for (int copy = 0; copy < 5; copy++) {
                    UpdateIntake instance = instances.get((n + copy) % 3);
                    threads.execute(() -> {
                        await(go);
                        instance.accept(update);
                    });
                }
            }
            go.countDown();
        }
        // the turns run on after accept returns; closing now would leave the queued ones to the recovery sweep
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (handled.size() < ids.size() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        for (ChatDispatcher dispatcher : dispatchers) {
            dispatcher.close();
        }

        // counted end to end: every update handled (nothing lost), each once (nothing doubled)
        assertThat(handled.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(handled.values()).allSatisfy(count -> assertThat(count).hasValue(1));
    }

    @Test
    void twoHundredChatsTalkingAtOnceEachSeeTheirOwnRepliesInOrder() {
        List<Long> chats = IntStream.range(0, 200).mapToObj(i -> newPrivateChat()).toList();
        for (int round = 1; round <= 3; round++) {
            for (long chat : chats) {
                FAKE.userSends(chat, chat + "#" + round);
            }
        }

        for (long chat : chats) {
            FAKE.awaitMessages(chat, 3, WAIT);
            assertThat(FAKE.textsTo(chat)).containsExactly("echo: " + chat + "#1", "echo: " + chat + "#2",
                    "echo: " + chat + "#3");
        }
        assertThat(echo.overlaps()).isEmpty();
    }

    @Test
    void failingHandlerIsCountedAndTheChatGoesOn() {
        long chat = newPrivateChat();
        double failedBefore = meters.counter("zalik.telegram.updates", "outcome", "failed").count();

        FAKE.userSends(chat, "boom");
        FAKE.userSends(chat, "still here");

        assertThat(FAKE.awaitMessages(chat, 1, WAIT)).extracting(FakeMessage::text).containsExactly("echo: still here");
        assertThat(meters.counter("zalik.telegram.updates", "outcome", "failed").count()).isGreaterThan(failedBefore);
    }

    @Test
    void eachHandledTurnIsTimedForTheBenchmarks() {
        long chat = newPrivateChat();
        long before = meters.timer("zalik.telegram.turns").count();

        FAKE.userSends(chat, "one");
        FAKE.userSends(chat, "two");

        FAKE.awaitMessages(chat, 2, WAIT);
        // the turn is recorded once its replies are sent, a moment after the user sees them
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (meters.timer("zalik.telegram.turns").count() < before + 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(meters.timer("zalik.telegram.turns").count()).isGreaterThanOrEqualTo(before + 2);
        assertThat(meters.timer("zalik.telegram.turns").totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
    }

    @Test
    void malformedAndUnsupportedUpdatesAreAcknowledgedAndIgnored() {
        long chat = newPrivateChat();

        intake.accept("{\"update_id\": oops".getBytes(StandardCharsets.UTF_8));
        intake.accept(("{\"update_id\":" + UPDATE_IDS.incrementAndGet() + ",\"edited_message\":{\"message_id\":1,"
                + "\"date\":1,\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"text\":\"edit\"}}")
                .getBytes(StandardCharsets.UTF_8));
        intake.accept(new byte[0]);
        FAKE.userSends(chat, "fine");

        assertThat(FAKE.awaitMessages(chat, 1, WAIT)).extracting(FakeMessage::text).containsExactly("echo: fine");
        assertThat(echo.handledIn(chat)).hasSize(1);
    }

    @Test
    void buttonsPollAnswersFilesAndCommandsArriveAsTheirKinds() {
        long chat = newPrivateChat();
        FakeUser user = FakeUser.of(chat).speaking("en");
        FAKE.userSends(chat, user, "/start@" + FAKE.botUsername() + " invite-42");
        FakeMessage reply = FAKE.awaitMessages(chat, 1, WAIT).getFirst();
        String queryId = FAKE.userPresses(chat, user, reply.messageId(), "tok:7");
        FAKE.userAnswersPoll(user, "POLL-x", List.of(2));
        FAKE.userSendsDocument(chat, user, "answers.txt", "text/plain", "42".getBytes(StandardCharsets.UTF_8), "mine");
        FAKE.userSendsPhoto(chat, user, new byte[] {1, 2}, null);
        FAKE.userSendsQuiz(chat, user, "Capital?", List.of("Kyiv", "Lviv"), 0, "Obvious");
        FAKE.userSends(chat, user, "done");
        FAKE.awaitMessages(chat, 2, WAIT);

        List<IncomingUpdate> got = echo.handledIn(chat);
        assertThat(got).extracting(IncomingUpdate::kind).containsExactly(IncomingUpdate.Kind.COMMAND,
                IncomingUpdate.Kind.CALLBACK, IncomingUpdate.Kind.POLL_ANSWER, IncomingUpdate.Kind.DOCUMENT,
                IncomingUpdate.Kind.PHOTO, IncomingUpdate.Kind.POLL, IncomingUpdate.Kind.TEXT);
        assertThat(got.get(0).command()).isEqualTo("start");
        assertThat(got.get(0).commandArgument()).isEqualTo("invite-42");
        assertThat(got.get(0).from().languageCode()).isEqualTo("en");
        assertThat(got.get(1).callback().data()).isEqualTo("tok:7");
        assertThat(got.get(1).callback().messageId()).isEqualTo(reply.messageId());
        assertThat(got.get(2).pollAnswer().optionIds()).containsExactly(2);
        assertThat(got.get(3).attachment().fileName()).isEqualTo("answers.txt");
        assertThat(got.get(3).attachment().caption()).isEqualTo("mine");
        assertThat(got.get(4).attachment().fileId()).isNotBlank();
        assertThat(got.get(5).poll().correctOptionId()).isZero();
        assertThat(FAKE.callbackAnswers()).anyMatch(a -> a.callbackQueryId().equals(queryId) && a.text().equals("got tok:7"));
    }

    @Test
    void updateIdsOlderThanTheKeepPeriodArePurged() {
        long old = UPDATE_IDS.incrementAndGet();
        long recent = UPDATE_IDS.incrementAndGet();
        jdbc.update("insert into bot.processed_update (update_id, received_at) values (?, now() - interval '49 hours')", old);
        jdbc.update("insert into bot.processed_update (update_id, received_at) values (?, now() - interval '25 hours')", recent);

        assertThat(purge.purge()).isPositive();

        assertThat(jdbc.queryForList("select update_id from bot.processed_update where update_id in (?, ?)", Long.class,
                old, recent)).containsExactly(recent);
    }

    private static byte[] textUpdate(long updateId, long chat, String text) {
        return ("{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId % 100000) + ",\"date\":1,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"from\":{\"id\":" + chat
                + ",\"is_bot\":false,\"first_name\":\"T\"},\"text\":\"" + text + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
