package ua.zalik.dialogs.settings;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.notify.NotificationPreferences;
import ua.zalik.notify.NotifyService;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** /settings through the fake Telegram: toggles per kind of the account's roles, quiet hours, the parent's digest. */
class SettingsTests extends ChatTestSupport {

    @Autowired SchoolFixture fixture;
    @Autowired UsersService users;
    @Autowired NotifyService notify;

    @Test
    void aStudentTurnsAKindOffAndSetsQuietHours() {
        SchoolFixture.World w = fixture.create();
        long chat = link(w.studentA());

        FakeMessage settings = reply(chat, "/settings");
        assertThat(settings.text()).contains("Тихі години: немає");
        assertThat(settings.buttonTexts().stream().flatMap(List::stream)).contains("✅ Нові завдання", "✅ Результати")
                .doesNotContain("✅ Щотижневий звіт", "✅ Хто не здав (підсумок)");

        press(chat, settings, "✅ Нові завдання");
        FakeMessage toggled = edited(chat, settings.messageId(), 1);
        assertThat(toggled.buttonTexts().stream().flatMap(List::stream)).contains("🔕 Нові завдання");
        assertThat(notify.preferences(w.studentA().id()).disabledKinds()).containsExactly("NEW_ASSIGNMENT");

        press(chat, toggled, "Тихі години");
        press(chat, edited(chat, settings.messageId(), 2), "22:00–07:00");
        FakeMessage back = edited(chat, settings.messageId(), 3);
        assertThat(back.text()).contains("Тихі години: 22:00–07:00");
        NotificationPreferences stored = notify.preferences(w.studentA().id());
        assertThat(stored.quietFrom()).isEqualTo(LocalTime.of(22, 0));
        assertThat(stored.quietTo()).isEqualTo(LocalTime.of(7, 0));

        press(chat, back, "Готово");
        assertThat(edited(chat, settings.messageId(), 4).text()).isEqualTo("Налаштування збережено.");
    }

    @Test
    void aParentChoosesTheDigestDayAndHour() {
        SchoolFixture.World w = fixture.create();
        long chat = link(w.parent());
        users.setLanguage(w.parent().id(), "en");

        FakeMessage settings = reply(chat, "/settings");
        assertThat(settings.text()).contains("Weekly digest: Sunday, 18:00");
        press(chat, settings, "Weekly digest");
        press(chat, edited(chat, settings.messageId(), 1), "Fri");
        press(chat, edited(chat, settings.messageId(), 2), "19:00");

        assertThat(edited(chat, settings.messageId(), 3).text()).contains("Weekly digest: Friday, 19:00");
        assertThat(notify.preferences(w.parent().id()).digestDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(notify.preferences(w.parent().id()).digestHour()).isEqualTo(19);
    }

    @Test
    void aGuestIsAskedToJoinFirst() {
        long chat = newChat();
        assertThat(reply(chat, "/settings").text()).startsWith("Спершу приєднайтеся до своєї школи");
    }

    private long link(Account account) {
        long chat = newChat();
        users.linkTelegram(account.id(), new TelegramIdentity(chat, chat, "Test", null, "uk"));
        return chat;
    }
}
