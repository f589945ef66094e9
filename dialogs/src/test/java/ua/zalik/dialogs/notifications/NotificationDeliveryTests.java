package ua.zalik.dialogs.notifications;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ua.zalik.bot.fakeapi.FakeCall;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.kernel.Role;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.Notifications;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Notifications planned in a transaction travel outbox → SQS → delivery → the fake Telegram, as in production. */
class NotificationDeliveryTests extends ChatTestSupport {

    @Autowired Notifications notifications;
    @Autowired UsersService users;
    @Autowired SchoolFixture fixture;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;

    @Test
    void aNotificationReachesItsRecipientInTheirLanguageEscapedWithACommandButton() {
        SchoolFixture.World w = fixture.create();
        long chat = link(w.studentA());
        users.setLanguage(w.studentA().id(), "en");

        plan(new Notice(NotificationKind.NEW_ASSIGNMENT, w.studentA().id(), "test:" + UUID.randomUUID(), "notify.new-assignment",
                List.of("Fractions <b>&", "Maths", "25.12 18:00"), List.of(new Notice.Button("notify.button.help", "/help"))));

        FakeMessage message = FAKE.awaitMessages(chat, 1, WAIT).getFirst();
        assertThat(message.text()).isEqualTo("New assignment: Fractions <b>& (Maths). Due 25.12 18:00.");
        assertThat(message.html()).contains("Fractions &lt;b&gt;&amp;");

        press(chat, message, "Help");
        assertThat(FAKE.awaitMessages(chat, 2, WAIT).get(1).text()).contains("/lang");
    }

    @Test
    void aNumberArgumentIsWrittenTheRecipientsWayCommaInUkrainianPointInEnglish() {
        SchoolFixture.World w = fixture.create();
        long ukrainian = link(w.studentA());
        long english = link(w.studentB());
        users.setLanguage(w.studentB().id(), "en");

        for (Account student : List.of(w.studentA(), w.studentB())) {
            plan(new Notice(NotificationKind.GOAL_REACHED, student.id(), "test:" + UUID.randomUUID(), "worktime.notify.goal-reached",
                    List.of(new java.math.BigDecimal("1.5"))));
        }

        assertThat(FAKE.awaitMessages(ukrainian, 1, WAIT).getFirst().text()).isEqualTo("🎯 Ціль тижня досягнуто: 1,5 год навчання. Так тримати!");
        assertThat(FAKE.awaitMessages(english, 1, WAIT).getFirst().text()).isEqualTo("🎯 Weekly goal reached: 1.5 h of study. Keep it up!");
    }

    @Test
    void aRecipientWhoBlockedTheBotIsMarkedAndNotWrittenToAgain() {
        SchoolFixture.World w = fixture.create();
        long chat = link(w.studentA());
        FAKE.blockedBy(chat);
        String key = "test:" + UUID.randomUUID();

        plan(new Notice(NotificationKind.NEW_ASSIGNMENT, w.studentA().id(), key, "notify.new-assignment", List.of("a", "b", "c")));

        await(() -> "BLOCKED".equals(state(key)));
        assertThat(users.telegramLink(w.studentA().id()).orElseThrow().active()).isFalse();
        FAKE.unblock(chat);
    }

    @Test
    void aBroadcastToTwoThousandArrivesOnceEachAndKeepsTheLimitsThrough429s() {
        SchoolFixture.World w = fixture.create();
        List<Long> chats = new ArrayList<>();
        List<Account> students = transactions.execute(tx -> {
            List<Account> created = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                Account student = users.registerAccount(new NewAccount(w.school().id(), "Student " + i, null, null,
                        Set.of(Role.STUDENT), "uk"));
                chats.add(link(student));
                created.add(student);
            }
            return created;
        });
        List<Long> throttled = chats.subList(0, 40);
        throttled.forEach(chat -> FAKE.rateLimitNext(chat, 1, 1));
        String broadcast = UUID.randomUUID().toString();

        transactions.executeWithoutResult(tx -> students.forEach(student -> notifications.plan(new Notice(
                NotificationKind.NEW_ASSIGNMENT, student.id(), "broadcast:" + broadcast + ":" + student.id(),
                "notify.new-assignment", List.of("Fractions", "Maths", "25.12 18:00")))));

        await(Duration.ofSeconds(120), () -> jdbc.queryForObject("select count(*) from notify.notification where dedupe_key like ? "
                + "and state = 'SENT'", Integer.class, "broadcast:" + broadcast + ":%") == 2000);
        Map<Long, List<FakeCall>> calls = FAKE.calls("sendMessage").stream().filter(call -> chats.contains(call.chatId()))
                .collect(Collectors.groupingBy(FakeCall::chatId));
        Map<Long, Long> delivered = calls.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().filter(call -> call.status() == 200).count()));
        assertThat(delivered).hasSize(2000).allSatisfy((chat, count) -> assertThat(count).as("chat %d", chat).isEqualTo(1));
        long refused = calls.values().stream().flatMap(List::stream).filter(call -> call.status() == 429).count();
        assertThat(refused).as("only the injected 429s: our pace never trips Telegram's own limits").isEqualTo(throttled.size());
        assertThat(meters.counter("zalik.notifications", "outcome", "sent").count()).isGreaterThanOrEqualTo(2000);
    }

    private void plan(Notice notice) {
        transactions.executeWithoutResult(tx -> notifications.plan(notice));
    }

    private long link(Account account) {
        long chat = newChat();
        users.linkTelegram(account.id(), new TelegramIdentity(chat, chat, "Test", null, "uk"));
        return chat;
    }

    private String state(String dedupeKey) {
        return jdbc.query("select state from notify.notification where dedupe_key = ?",
                rs -> rs.next() ? rs.getString(1) : null, dedupeKey);
    }

    private static void await(Duration timeout, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
