package ua.zalik.dialogs.notes;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.PlannedNotices;
import ua.zalik.notify.NotificationKind;
import ua.zalik.kernel.PageRequest;
import ua.zalik.notes.Audience;
import ua.zalik.notes.NewNote;
import ua.zalik.notes.Note;
import ua.zalik.notes.NoteFilter;
import ua.zalik.notes.NoteShared;
import ua.zalik.notes.NotesService;
import ua.zalik.outbox.Outbox;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A teacher's notes: shared with a class (each student told once), about a student (their parents see it in /children). */
class SharedNotesTests extends ChatTestSupport {

    @Autowired NotesWorld world;
    @Autowired NotesService notes;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired NoteShares shares;
    @Autowired PlannedNotices planned;

    @Test
    void aClassNoteReachesEachStudentOnceEvenWhenItsEventComesTwice() {
        SchoolFixture.World w = world.school();
        Account second = world.studentOfClassA(w, "Олена");
        long teacher = world.link(w.teacher());
        long studentA = world.link(w.studentA());
        long studentB = world.link(second);
        long otherClass = world.link(w.studentB());

        FakeMessage who = reply(teacher, "/note Завтра контрольна з <дробів> #алгебра");
        assertThat(who.text()).isEqualTo("Для кого ця нотатка?");
        press(teacher, who, "Поділитися з класом…");
        FakeMessage classes = edited(teacher, who.messageId(), 1);
        assertThat(classes.buttonTexts()).containsExactly(List.of("7-A"), List.of("Скасувати"));
        press(teacher, classes, "7-A");
        press(teacher, edited(teacher, who.messageId(), 2), "Maths");
        assertThat(edited(teacher, who.messageId(), 3).text())
                .isEqualTo("✅ Нотатку надіслано класу 7-A: учні отримають її в чаті.");

        String expected = "🗒 " + w.teacher().fullName() + " поділилися нотаткою з класом 7-A:\n\nЗавтра контрольна з <дробів> #алгебра";
        for (long chat : List.of(studentA, studentB)) {
            FakeMessage notice = FAKE.awaitMessages(chat, 1, WAIT).getFirst();
            assertThat(notice.text()).isEqualTo(expected);
            assertThat(notice.html()).contains("&lt;дробів&gt;");
            assertThat(notice.buttonTexts()).containsExactly(List.of("Мої нотатки"));
        }
        Note shared = notes.recent(w.actor(w.teacher()), NoteFilter.ALL, PageRequest.first(5)).items().getFirst();
        assertThat(shared.audience()).isEqualTo(Audience.CLASS);
        assertThat(shared.subjectId()).isEqualTo(w.maths().id());

        // the queue may hand the event over again: the same effect, not a second message
        transactions.executeWithoutResult(status -> outbox.record(new NoteShared(shared.id(), w.school().id(),
                w.teacher().id(), Audience.CLASS, w.classA().id(), null)));
        await(() -> jdbc.queryForObject("select count(*) from outbox.event where type = 'NoteShared' and "
                + "(payload->>'noteId')::bigint = ? and published_at is not null", Integer.class, shared.id()) == 2);
        shares.awaitFinished(event -> event.noteId() == shared.id(), 2);
        for (Account student : List.of(w.studentA(), second)) {
            assertThat(planned.count(student.id(), NotificationKind.NOTE_SHARED)).isEqualTo(1);
        }
        for (long chat : List.of(studentA, studentB)) {
            assertThat(FAKE.textsTo(chat)).filteredOn(t -> t.startsWith("🗒 " + w.teacher().fullName())).hasSize(1);
        }
        assertThat(planned.count(w.studentB().id(), NotificationKind.NOTE_SHARED)).as("another class's student").isZero();
        assertThat(FAKE.messagesTo(otherClass)).isEmpty();
    }

    @Test
    void aNoteForParentsReachesThemAndShowsInChildrenButAPrivateOneDoesNot() {
        SchoolFixture.World w = world.school();
        long teacher = world.link(w.teacher());
        long parent = world.link(w.parent());

        FakeMessage who = reply(teacher, "/note Молодець на уроці, але забуває зошит");
        press(teacher, who, "Про учня…");
        press(teacher, edited(teacher, who.messageId(), 1), "7-A");
        FakeMessage students = edited(teacher, who.messageId(), 2);
        assertThat(students.text()).isEqualTo("Про кого з учнів 7-A?");
        press(teacher, students, w.studentA().fullName());
        FakeMessage visibility = edited(teacher, who.messageId(), 3);
        assertThat(visibility.text()).isEqualTo("Хто ще бачитиме нотатку про " + w.studentA().fullName() + "?");
        press(teacher, visibility, "І батьки учня");
        press(teacher, edited(teacher, who.messageId(), 4), "Без предмета");
        assertThat(edited(teacher, who.messageId(), 5).text())
                .isEqualTo("✅ Нотатку про " + w.studentA().fullName() + " збережено; її бачитимуть батьки учня.");
        world.write(w, w.teacher(), NewNote.aboutStudent("Думаю про олімпіаду для нього", w.studentA().id(), false));

        FakeMessage notice = FAKE.awaitMessages(parent, 1, WAIT).getFirst();
        assertThat(notice.text()).isEqualTo("🗒 " + w.teacher().fullName() + " написали нотатку про "
                + w.studentA().fullName() + ":\n\nМолодець на уроці, але забуває зошит");

        String children = reply(parent, "/children").text();
        assertThat(children).contains("Нотатки вчителів", "• " + w.teacher().fullName() + ": Молодець на уроці, але забуває зошит")
                .doesNotContain("олімпіаду");
        assertThat(reply(parent, "/notes").text()).contains("Молодець на уроці").doesNotContain("олімпіаду");
    }
}
