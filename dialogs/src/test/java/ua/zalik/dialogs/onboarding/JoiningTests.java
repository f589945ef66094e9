package ua.zalik.dialogs.onboarding;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.bot.fakeapi.FakeUser;
import ua.zalik.bot.intake.UpdateIntake;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolService;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;
import ua.zalik.users.Invite;
import ua.zalik.users.NewInvite;
import ua.zalik.users.UsersService;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** /start with and without an invite code, as a user would go through it in Telegram. */
class JoiningTests extends ChatTestSupport {

    @Autowired SchoolFixture fixture;
    @Autowired UsersService users;
    @Autowired SchoolService school;
    @Autowired UpdateIntake intake;
    @Autowired JdbcTemplate jdbc;

    @Test
    void studentOpensTheInviteLinkJoinsTheClassAndIsGreetedInUkrainian() {
        SchoolFixture.World w = fixture.create();
        Invite invite = users.createInvite(w.actor(w.teacher()), new NewInvite(Role.STUDENT, w.classA().id(), null, null, 30));
        long chat = newChat();
        FakeUser oksana = new FakeUser(chat, "Оксана <Коваль>", "oksana", "uk");

        FakeMessage greeting = reply(chat, oksana, "/start " + invite.code());

        assertThat(greeting.text()).isEqualTo("Вітаємо, Оксана <Коваль>! Ви приєдналися до класу 7-A у школі «"
                + w.school().name() + "». /help покаже, що я вмію.");
        assertThat(greeting.html()).contains("<b>Оксана &lt;Коваль&gt;</b>");
        Account student = users.findByTelegramUser(chat).orElseThrow();
        assertThat(student.roles()).containsExactly(Role.STUDENT);
        assertThat(school.studentIdsOf(w.classA().id())).contains(student.id());
    }

    @Test
    void parentInviteLinksTheChild() {
        SchoolFixture.World w = fixture.create();
        Invite invite = users.createInvite(w.actor(w.admin()), new NewInvite(Role.PARENT, null, w.studentB().id(), null, null));
        long chat = newChat();

        FakeMessage greeting = reply(chat, "/start " + invite.code());

        assertThat(greeting.text()).startsWith("Вітаємо, User" + chat + "! Вас під’єднано як батьків учня "
                + w.studentB().fullName());
        Account parent = users.findByTelegramUser(chat).orElseThrow();
        assertThat(users.isGuardianOf(parent.id(), w.studentB().id())).isTrue();
    }

    @Test
    void teacherInviteLinksTheTeacherToTheSchool() {
        SchoolFixture.World w = fixture.create();
        Invite invite = users.createInvite(w.actor(w.admin()), new NewInvite(Role.TEACHER, null, null, null, null));
        long chat = newChat();

        FakeMessage greeting = reply(chat, FakeUser.of(chat).speaking("en"), "/start " + invite.code());

        assertThat(greeting.text()).isEqualTo("Welcome, User" + chat + "! You are a teacher at " + w.school().name()
                + ". /help shows what I can do.");
        Account teacher = users.findByTelegramUser(chat).orElseThrow();
        assertThat(teacher.schoolId()).isEqualTo(w.school().id());
        assertThat(teacher.roles()).containsExactly(Role.TEACHER);
        assertThat(teacher.language()).isEqualTo("en");
    }

    @Test
    void expiredUsedUpAndUnknownCodesGetAClearMessage() {
        SchoolFixture.World w = fixture.create();
        Invite expired = users.createInvite(w.actor(w.admin()), new NewInvite(Role.STUDENT, w.classA().id(), null, null, null));
        jdbc.update("update users.invite set expires_at = now() - interval '1 day' where id = ?", expired.id());
        Invite once = users.createInvite(w.actor(w.admin()), new NewInvite(Role.STUDENT, w.classA().id(), null, null, 1));
        long first = newChat();
        reply(first, "/start " + once.code());
        long chat = newChat();

        assertThat(reply(chat, "/start " + expired.code()).text())
                .isEqualTo("Термін дії цього запрошення минув. Попросіть у вчителя нове.");
        assertThat(reply(chat, "/start " + once.code()).text())
                .isEqualTo("Це запрошення вже використано. Попросіть у вчителя нове.");
        assertThat(reply(chat, "/start nonsense").text())
                .isEqualTo("Такого запрошення немає. Перевірте код або попросіть у вчителя нове.");
        assertThat(users.findByTelegramUser(chat)).isEmpty();
    }

    @Test
    void startWithoutACodeExplainsHowToJoinAndTakesAPastedLink() {
        SchoolFixture.World w = fixture.create();
        Invite invite = users.createInvite(w.actor(w.admin()), new NewInvite(Role.STUDENT, w.classB().id(), null, null, null));
        long chat = newChat();

        FakeMessage howTo = reply(chat, "/start");
        assertThat(howTo.text()).startsWith("Вітаю в Залік! Щоб приєднатися до школи, відкрийте посилання-запрошення");
        assertThat(howTo.buttonTexts()).containsExactly(java.util.List.of("Скасувати"));

        FakeMessage wrong = reply(chat, "not-a-code");
        assertThat(wrong.text()).startsWith("Такого запрошення немає.").contains("Щоб приєднатися до школи");

        FakeMessage joined = reply(chat, invite.deepLink());
        assertThat(joined.text()).startsWith("Вітаємо, User" + chat + "! Ви приєдналися до класу 8-B");
        assertThat(reply(chat, "/start").text()).isEqualTo("З поверненням, User" + chat + "! /help покаже, що я вмію.");
    }

    @Test
    void sameStartDeliveredFiveTimesAlsoConcurrentlyJoinsOnce() throws Exception {
        SchoolFixture.World w = fixture.create();
        Invite invite = users.createInvite(w.actor(w.admin()), new NewInvite(Role.STUDENT, w.classA().id(), null, null, 10));
        long chat = newChat();
        byte[] update = ("{\"update_id\":" + (1_500_000_000L + Math.floorMod(chat, 500_000_000L)) + ",\"message\":{\"message_id\":1,\"date\":1,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"from\":{\"id\":" + chat
                + ",\"is_bot\":false,\"first_name\":\"Ira\",\"language_code\":\"uk\"},\"text\":\"/start "
                + invite.code() + "\"}}").getBytes(StandardCharsets.UTF_8);
        CountDownLatch go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(5)) {
            for (int i = 0; i < 5; i++) {
                pool.execute(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    intake.accept(update);
                });
            }
            go.countDown();
        }
        long polled = newChat();
        long updateId = FAKE.userSends(polled, "/start " + invite.code());
        for (int i = 0; i < 4; i++) {
            FAKE.redeliver(updateId);
        }

        FAKE.awaitMessages(chat, 1, WAIT);
        FAKE.awaitMessages(polled, 1, WAIT);
        // each chat runs in order: once /help is answered, a duplicate /start would have been answered before it
        assertThat(reply(chat, "/help").text()).startsWith("Ось що я вмію:");
        assertThat(reply(polled, "/help").text()).startsWith("Ось що я вмію:");
        assertThat(FAKE.textsTo(chat)).hasSize(2).first().asString().startsWith("Вітаємо, Ira!");
        assertThat(FAKE.textsTo(polled)).hasSize(2).first().asString().startsWith("Вітаємо, User" + polled);
        assertThat(jdbc.queryForObject("select uses from users.invite where id = ?", Integer.class, invite.id()))
                .isEqualTo(2);
    }
}
