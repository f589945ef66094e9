package ua.zalik.notes;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Page;
import ua.zalik.kernel.PageRequest;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.testsupport.SchoolFixture.World;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class NotesServiceTests {

    @Autowired NotesService notes;
    @Autowired SchoolFixture fixture;
    @Autowired JdbcTemplate jdbc;

    @Test
    void hashtagsBecomeTagsThatFilterTheList() {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        Note note = notes.write(student, NewNote.privateNote("Вивчити формули #Алгебра #exam_2026, ще раз #алгебра"));
        notes.write(student, NewNote.privateNote("Прочитати вірш #література"));

        assertThat(note.tags()).containsExactly("exam_2026", "алгебра");
        assertThat(jdbc.queryForList("select tag from notes.tag where note_id = ? order by tag", String.class, note.id()))
                .containsExactly("exam_2026", "алгебра");
        assertThat(texts(notes.recent(student, new NoteFilter("#АЛГЕБРА", null, null, false), PageRequest.first(10))))
                .containsExactly(note.text());
        notes.write(student, NewNote.privateNote("Ще раз дроби #алгебра"));
        assertThat(notes.tags(student)).containsExactly("алгебра", "exam_2026", "література");
        assertThat(notes.tags(w.actor(w.studentB()))).isEmpty();
    }

    @Test
    void searchFindsAnotherUkrainianWordFormByTrigrams() {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        Note test = notes.write(student, NewNote.privateNote("У п'ятницю контрольну роботу з алгебри, повторити дроби"));
        notes.write(student, NewNote.privateNote("Купити зошити і олівці"));
        Note english = notes.write(student, NewNote.privateNote("Revise the irregular verbs before the quiz"));

        assertThat(ids(notes.search(student, "контрольна робота", PageRequest.first(10)))).containsExactly(test.id());
        assertThat(ids(notes.search(student, "irregular verb", PageRequest.first(10)))).containsExactly(english.id());
        assertThat(ids(notes.search(student, "хімія", PageRequest.first(10)))).isEmpty();
    }

    @Test
    void searchByHashtagNeedsEveryTagAndTheWords() {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        Note both = notes.write(student, NewNote.privateNote("Тригонометрія: синус і косинус #алгебра #повторити"));
        Note one = notes.write(student, NewNote.privateNote("Дроби #алгебра"));

        assertThat(ids(notes.search(student, "#алгебра", PageRequest.first(10)))).containsExactlyInAnyOrder(both.id(), one.id());
        assertThat(ids(notes.search(student, "#алгебра #повторити", PageRequest.first(10)))).containsExactly(both.id());
        assertThat(ids(notes.search(student, "дроби #алгебра", PageRequest.first(10)))).containsExactly(one.id());
    }

    @Test
    void findGivesANoteOnlyToItsReadersAndNeverThrows() {
        World w = fixture.create();
        Note own = notes.write(w.actor(w.studentA()), NewNote.privateNote("моє"));
        Note shared = notes.write(w.actor(w.teacher()), NewNote.forClass("для 7-A", w.classA().id()));

        assertThat(notes.find(w.actor(w.studentA()), own.id())).map(Note::text).contains("моє");
        assertThat(notes.find(w.actor(w.studentA()), shared.id())).map(Note::authorId).contains(w.teacher().id());
        assertThat(notes.find(w.actor(w.studentB()), own.id())).isEmpty();
        assertThat(notes.find(w.actor(w.studentB()), shared.id())).isEmpty();
        assertThat(notes.find(w.actor(w.studentA()), Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void aPrivateNoteIsItsAuthorsAlone() {
        World w = fixture.create();
        Note note = notes.write(w.actor(w.studentA()), NewNote.privateNote("моє"));

        for (var other : List.of(w.studentB(), w.teacher(), w.parent(), w.admin())) {
            assertThatThrownBy(() -> notes.note(w.actor(other), note.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> notes.delete(w.actor(other), note.id())).isInstanceOf(NotFoundException.class);
            assertThat(ids(notes.recent(w.actor(other), NoteFilter.ALL, PageRequest.first(50)))).doesNotContain(note.id());
        }
        assertThat(notes.note(w.actor(w.studentA()), note.id()).text()).isEqualTo("моє");
    }

    @Test
    void theAuthorEditsTextAndTagsFollow() {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        Note note = notes.write(student, NewNote.privateNote("старе #один"));

        Note edited = notes.edit(student, note.id(), new NoteEdit("нове #два", w.maths().id()));

        assertThat(edited.text()).isEqualTo("нове #два");
        assertThat(edited.tags()).containsExactly("два");
        assertThat(edited.subjectId()).isEqualTo(w.maths().id());
        assertThat(jdbc.queryForObject("select body from notes.note where id = ?", String.class, note.id())).isEqualTo("нове #два");
        notes.delete(student, note.id());
        assertThat(jdbc.queryForObject("select count(*) from notes.note where id = ?", Integer.class, note.id())).isZero();
    }

    @Test
    void parentsReadANoteAboutTheirChildOnlyWhenItIsMeantForThem() {
        World w = fixture.create();
        Actor teacher = w.actor(w.teacher());
        Note forParents = notes.write(teacher, NewNote.aboutStudent("Забуває домашнє завдання", w.studentA().id(), true));
        Note private_ = notes.write(teacher, NewNote.aboutStudent("Поговорити з батьками", w.studentA().id(), false));

        assertThat(ids(notes.recent(w.actor(w.parent()), NoteFilter.ALL, PageRequest.first(10)))).containsExactly(forParents.id());
        assertThatThrownBy(() -> notes.note(w.actor(w.parent()), private_.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notes.note(w.actor(w.studentA()), forParents.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notes.edit(w.actor(w.parent()), forParents.id(), new NoteEdit("ні", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(jdbc.queryForObject("select count(*) from outbox.event where type = 'NoteShared' and (payload->>'noteId')::bigint = ?",
                Integer.class, forParents.id())).isEqualTo(1);
    }

    @Test
    void aNoteSharedWithAClassReachesItsStudentsAndIsRecordedForNotification() {
        World w = fixture.create();
        Note shared = notes.write(w.actor(w.teacher()), NewNote.forClass("Завтра екскурсія #7а", w.classA().id()).withSubject(w.maths().id()));

        assertThat(notes.note(w.actor(w.studentA()), shared.id()).text()).isEqualTo("Завтра екскурсія #7а");
        assertThat(notes.note(w.actor(w.parent()), shared.id()).classId()).isEqualTo(w.classA().id());
        assertThatThrownBy(() -> notes.note(w.actor(w.studentB()), shared.id())).isInstanceOf(NotFoundException.class);
        assertThat(ids(notes.recent(w.actor(w.studentA()), NoteFilter.ALL, PageRequest.first(10)))).containsExactly(shared.id());
        assertThat(ids(notes.recent(w.actor(w.studentA()), new NoteFilter(null, null, null, true), PageRequest.first(10)))).isEmpty();
        assertThat(jdbc.queryForMap("select payload->>'classId' as class_id, payload->>'audience' as audience from outbox.event"
                + " where type = 'NoteShared' and (payload->>'noteId')::bigint = ?", shared.id()))
                .containsEntry("class_id", String.valueOf(w.classA().id())).containsEntry("audience", "CLASS");
    }

    @Test
    void onlyTheirTeachersWriteAboutStudentsOrShareWithAClass() {
        World w = fixture.create();
        assertThatThrownBy(() -> notes.write(w.actor(w.teacher()), NewNote.aboutStudent("чужий", w.studentB().id(), true)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> notes.write(w.actor(w.teacher()), NewNote.forClass("чужий клас", w.classB().id())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> notes.write(w.actor(w.studentA()), NewNote.forClass("всім", w.classA().id())))
                .isInstanceOf(ForbiddenException.class);
        World other = fixture.create();
        assertThatThrownBy(() -> notes.write(w.actor(w.teacher()), NewNote.forClass("інша школа", other.classA().id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notes.write(w.actor(w.studentA()), NewNote.privateNote("  ")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStudentsNoteOnAQuestionComesBackForThatQuestionOnly() {
        World w = fixture.create();
        long question = System.nanoTime();
        Note mine = notes.write(w.actor(w.studentA()), NewNote.onQuestion("Площа кола: πr², не 2πr", question));
        notes.write(w.actor(w.studentB()), NewNote.onQuestion("чужа примітка", question));
        notes.write(w.actor(w.studentA()), NewNote.onQuestion("інше питання", question + 1));

        assertThat(notes.notesForQuestion(w.actor(w.studentA()), question)).extracting(Note::id).containsExactly(mine.id());
        assertThat(jdbc.queryForObject("select question_id from notes.note where id = ?", Long.class, mine.id())).isEqualTo(question);
    }

    @Test
    void aPhotoFromChatNeedsNoText() {
        World w = fixture.create();
        Note photo = notes.write(w.actor(w.studentA()), NewNote.privateNote("").withFile(new TelegramFile("AgACAgIAAxkBAAI", TelegramFile.Kind.PHOTO)));

        assertThat(notes.note(w.actor(w.studentA()), photo.id()).file()).isEqualTo(new TelegramFile("AgACAgIAAxkBAAI", TelegramFile.Kind.PHOTO));
    }

    @Test
    void recentPagesNewestFirst() {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        for (int i = 1; i <= 5; i++) {
            notes.write(student, NewNote.privateNote("нотатка " + i));
        }

        Page<Note> second = notes.recent(student, NoteFilter.ALL, new PageRequest(1, 2));

        assertThat(second.total()).isEqualTo(5);
        assertThat(texts(second)).containsExactly("нотатка 3", "нотатка 2");
    }

    @Test
    void markdownExportHasEveryNoteWithItsSubjectAndTags() {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        notes.write(student, NewNote.privateNote("Теорема Піфагора #геометрія").withSubject(w.maths().id()));
        notes.write(student, NewNote.privateNote("Друга нотатка"));

        String md = notes.exportMarkdown(student, NoteFilter.ALL);

        assertThat(md).startsWith("# Notes\n").contains("· Maths", "`#геометрія`", "Теорема Піфагора #геометрія", "Друга нотатка");
        assertThat(md.split("\n## ")).hasSize(3);
    }

    private static List<Long> ids(Page<Note> page) {
        return page.items().stream().map(Note::id).toList();
    }

    private static List<String> texts(Page<Note> page) {
        return page.items().stream().map(Note::text).toList();
    }
}
