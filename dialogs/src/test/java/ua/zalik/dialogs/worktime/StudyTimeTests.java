package ua.zalik.dialogs.worktime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.school.NewClass;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;
import ua.zalik.school.Teaching;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.testsupport.TestClock;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;
import ua.zalik.worktime.ManualEntry;
import ua.zalik.worktime.WorktimeService;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Teachers see their own classes' study time in /studytime, parents their child's in /children. */
class StudyTimeTests extends ChatTestSupport {

    @Autowired SchoolFixture fixture;
    @Autowired UsersService users;
    @Autowired SchoolService school;
    @Autowired WorktimeService worktime;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTeacherSeesEachStudentsWeekInTheirOwnClassesOnly() {
        SchoolFixture.World w = fixture.create();
        Actor admin = w.actor(w.admin());
        Account otherTeacher = users.createAccount(admin, new NewAccount(0, "Other Teacher", null, null, Set.of(Role.TEACHER), "uk"));
        school.assignTeaching(admin, new Teaching(otherTeacher.id(), w.classB().id(), w.maths().id()));
        clock.set(Instant.parse("2026-11-18T10:00:00Z"));
        worktime.addEntry(w.actor(w.studentA()), new ManualEntry("homework", w.maths().id(), null, Duration.ofMinutes(75)));
        worktime.addEntry(w.actor(w.studentB()), new ManualEntry("reading", null, null, Duration.ofMinutes(40)));
        long teacherChat = link(w.teacher());
        long otherChat = link(otherTeacher);

        FakeMessage own = reply(teacherChat, "/studytime");
        assertThat(own.text()).isEqualTo("📚 7-A, тиждень 16.11 – 22.11\n• " + w.studentA().fullName() + " — 1 год 15 хв (Maths 1 год 15 хв)");
        assertThat(own.buttonTexts()).containsExactly(List.of("◀️ Попередній тиждень"), List.of("Закрити"));

        FakeMessage refused = reply(teacherChat, "/studytime 8-B");
        assertThat(refused.text()).startsWith("Ви не викладаєте в класі «8-B». Ось ваші класи.")
                .doesNotContain(w.studentB().fullName());
        assertThat(refused.buttonTexts()).containsExactly(List.of("7-A"), List.of("Закрити"));

        assertThat(reply(otherChat, "/studytime").text()).contains(w.studentB().fullName() + " — 40 хв")
                .doesNotContain(w.studentA().fullName());
        assertThat(reply(otherChat, "/studytime 7-a").text()).startsWith("Ви не викладаєте в класі «7-a».")
                .doesNotContain(w.studentA().fullName());
        assertThat(reply(link(w.studentA()), "/studytime").text()).startsWith("Ця команда не для вашої ролі");
    }

    @Test
    void aTeacherOfSeveralClassesPicksOneAndPagesBack() {
        SchoolFixture.World w = fixture.create();
        Actor admin = w.actor(w.admin());
        SchoolClass nine = school.createClass(admin, new NewClass("9-C", 9, "2026/2027"));
        school.assignTeaching(admin, new Teaching(w.teacher().id(), nine.id(), w.maths().id()));
        clock.set(Instant.parse("2026-11-11T10:00:00Z"));
        worktime.addEntry(w.actor(w.studentA()), new ManualEntry("homework", w.maths().id(), null, Duration.ofMinutes(20)));
        clock.set(Instant.parse("2026-11-18T10:00:00Z"));
        long chat = link(w.teacher());

        FakeMessage pick = reply(chat, "/studytime");
        assertThat(pick.buttonTexts()).containsExactly(List.of("7-A"), List.of("9-C"), List.of("Закрити"));
        press(chat, pick, "7-A");
        FakeMessage thisWeek = edited(chat, pick.messageId(), 1);
        assertThat(thisWeek.text()).endsWith(w.studentA().fullName() + " — 0 хв");
        press(chat, thisWeek, "◀️ Попередній тиждень");
        assertThat(edited(chat, pick.messageId(), 2).text()).isEqualTo("📚 7-A, тиждень 09.11 – 15.11\n• "
                + w.studentA().fullName() + " — 20 хв (Maths 20 хв)");
    }

    @Test
    void aParentSeesTheChildsStudyTimeThisWeekInChildren() {
        SchoolFixture.World w = fixture.create();
        clock.set(Instant.parse("2026-11-18T10:00:00Z"));
        worktime.addEntry(w.actor(w.studentA()), new ManualEntry("homework", w.maths().id(), null, Duration.ofMinutes(80)));
        worktime.addEntry(w.actor(w.studentA()), new ManualEntry("reading", null, null, Duration.ofMinutes(15)));
        worktime.addEntry(w.actor(w.studentB()), new ManualEntry("reading", null, null, Duration.ofMinutes(300)));

        assertThat(reply(link(w.parent()), "/children").text()).contains(w.studentA().fullName())
                .endsWith("⏱ Навчання цього тижня: 1 год 35 хв (Maths 1 год 20 хв, без предмета 15 хв)");
    }

    private long link(Account account) {
        long chat = newChat();
        users.linkTelegram(account.id(), new TelegramIdentity(chat, chat, "Test", null, "uk"));
        return chat;
    }
}
