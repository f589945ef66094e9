package ua.zalik.dialogs.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.bot.fakeapi.FakeUser;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.kernel.Role;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;
import ua.zalik.users.NewInvite;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** /help, /lang and /me, and the command menu, through the fake Telegram. */
class AccountCommandsTests extends ChatTestSupport {

    @Autowired SchoolFixture fixture;
    @Autowired UsersService users;

    @Test
    void langToEnglishChangesTheNextReply() {
        long chat = newChat();
        assertThat(reply(chat, "/help").text()).startsWith("Ось що я вмію, поки ви не приєдналися до школи:");

        FakeMessage choose = reply(chat, "/lang");
        assertThat(choose.buttonTexts()).containsExactly(List.of("Українська", "English"));
        press(chat, choose, "English");

        assertThat(edited(chat, choose.messageId(), 1).text()).isEqualTo("Language changed: English.");
        assertThat(edited(chat, choose.messageId(), 1).keyboard()).isEmpty();
        assertThat(reply(chat, "/help").text()).startsWith("Here is what I can do until you join your school:");
        assertThat(reply(chat, "/lang uk").text()).isEqualTo("Мову змінено: українська.");
        assertThat(reply(chat, "/me").text()).startsWith("Вітаю, User" + chat + "! Залік вас ще не знає.");
    }

    @Test
    void linkedUsersLanguageIsKeptOnTheirAccount() {
        SchoolFixture.World w = fixture.create();
        long chat = newChat();
        users.linkTelegram(w.studentA().id(), new TelegramIdentity(chat, chat, "A", null, "uk"));

        assertThat(reply(chat, "/lang en").text()).isEqualTo("Language changed: English.");

        assertThat(users.findByTelegramUser(chat).orElseThrow().language()).isEqualTo("en");
        assertThat(reply(chat, FakeUser.of(chat).speaking("uk"), "/me").text()).endsWith("Language: English (/lang to change)");
    }

    @Test
    void helpListsTheCommandsOfTheUsersRoles() {
        long guest = newChat();
        SchoolFixture.World w = fixture.create();
        long teacher = newChat();
        users.linkTelegram(w.teacher().id(), new TelegramIdentity(teacher, teacher, "T", null, "uk"));

        assertThat(reply(guest, FakeUser.of(guest).speaking("en"), "/help").text()).isEqualTo("""
                Here is what I can do until you join your school:

                /help — what I can do
                /lang — language / мова
                /me — who I am in Zalik
                /start — join with an invite code
                /cancel — cancel what you are doing""");
        assertThat(reply(teacher, "/help").text()).startsWith("Ось що я вмію:\n\n/analysis — аналіз питань завдання\n/assign — дати тест класам")
                .contains("/help — що я вмію", "/progress — як ідуть завдання").doesNotContain("/children");
    }

    @Test
    void meTellsWhoZalikThinksYouAreWithClassesOrChildren() {
        SchoolFixture.World w = fixture.create();
        long student = newChat();
        long parent = newChat();
        long teacher = newChat();
        users.linkTelegram(w.studentA().id(), new TelegramIdentity(student, student, "S", null, "uk"));
        users.linkTelegram(w.parent().id(), new TelegramIdentity(parent, parent, "P", null, "uk"));
        users.linkTelegram(w.teacher().id(), new TelegramIdentity(teacher, teacher, "T", null, "uk"));

        assertThat(reply(student, "/me").text()).isEqualTo(w.studentA().fullName() + "\nШкола: " + w.school().name()
                + "\nРолі: учень\nКласи: 7-A\nМова: українська (/lang щоб змінити)");
        assertThat(reply(parent, "/me").text()).contains("Ролі: батьки\nДіти:\n• " + w.studentA().fullName() + " (7-A)");
        assertThat(reply(teacher, "/me").text()).contains("Ролі: учитель\nВикладаю в класах: 7-A");
    }

    @Test
    void commandMenuIsSetInUkrainianAndEnglish() {
        FAKE.awaitCalls("setMyCommands", 2, WAIT);

        assertThat(FAKE.commands().get("")).contains("help - що я вмію", "start - приєднатися за кодом запрошення",
                "cancel - скасувати поточну дію");
        assertThat(FAKE.commands().get("en")).contains("help - what I can do", "lang - language / мова");
    }

    @Test
    void aLinkedChatGetsAMenuOfItsOwnInItsLanguage() {
        SchoolFixture.World w = fixture.create();
        long chat = newChat();
        users.linkTelegram(w.studentA().id(), new TelegramIdentity(chat, chat, "S", null, "uk"));

        reply(chat, "/me");
        await(() -> !FAKE.chatCommands(chat).isEmpty());
        assertThat(FAKE.chatCommands(chat)).contains("me - хто я в Залік", "cancel - скасувати поточну дію");

        reply(chat, "/lang en");
        reply(chat, "/help");
        await(() -> FAKE.chatCommands(chat).contains("me - who I am in Zalik"));
        assertThat(FAKE.calls("setMyCommands").stream().filter(call -> String.valueOf(call.params().get("scope")).contains(
                String.valueOf(chat)))).as("set once per language, not on every turn").hasSize(2);
    }

    @Test
    void blockingTheBotMarksTheLinkInactiveAndWritingAgainRevivesIt() {
        SchoolFixture.World w = fixture.create();
        var invite = users.createInvite(w.actor(w.admin()), new NewInvite(Role.STUDENT, w.classB().id(), null, null, null));
        long chat = newChat();
        reply(chat, "/start " + invite.code());
        Account student = users.findByTelegramUser(chat).orElseThrow();

        FAKE.blockedBy(chat);
        FAKE.userSends(chat, "/me");
        await(() -> !users.telegramLink(student.id()).orElseThrow().active());

        FAKE.unblock(chat);
        assertThat(reply(chat, "/me").text()).startsWith(student.fullName());
        assertThat(users.telegramLink(student.id()).orElseThrow().active()).isTrue();
    }
}
