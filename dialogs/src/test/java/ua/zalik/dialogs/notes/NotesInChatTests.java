package ua.zalik.dialogs.notes;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.bot.fakeapi.FakeUser;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.PageRequest;
import ua.zalik.notes.NewNote;
import ua.zalik.notes.Note;
import ua.zalik.notes.NoteFilter;
import ua.zalik.notes.NotesService;
import ua.zalik.notes.TelegramFile;
import ua.zalik.testsupport.SchoolFixture;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** /note, "save as a note?", /notes with paging and search, and editing or deleting from a note's buttons. */
class NotesInChatTests extends ChatTestSupport {

    @Autowired NotesWorld world;
    @Autowired NotesService notes;

    @Test
    void aNoteWithAHashtagIsSavedWithItsTagAndTheChosenSubject() {
        SchoolFixture.World w = world.school();
        long chat = world.link(w.studentA());

        FakeMessage subject = reply(chat, "/note Повторити дроби #математика");
        assertThat(subject.text()).isEqualTo("До якого предмета її прив’язати?");
        press(chat, subject, "Maths");

        assertThat(edited(chat, subject.messageId(), 1).text())
                .isEqualTo("✅ Нотатку збережено. Теги: #математика. /notes — усі нотатки.");
        Note saved = mine(w).getFirst();
        assertThat(saved.text()).isEqualTo("Повторити дроби #математика");
        assertThat(saved.tags()).containsExactly("математика");
        assertThat(saved.subjectId()).isEqualTo(w.maths().id());
    }

    @Test
    void noteWithoutTextAsksForItAndTheNextTextIsTheNoteNotAnOffer() {
        SchoolFixture.World w = world.school();
        long chat = world.link(w.studentA());

        assertThat(reply(chat, "/note").text()).startsWith("Напишіть нотатку.");
        FakeMessage subject = reply(chat, "Купити зошит у клітинку");
        assertThat(subject.text()).isEqualTo("До якого предмета її прив’язати?");
        press(chat, subject, "Без предмета");

        assertThat(edited(chat, subject.messageId(), 1).text()).isEqualTo("✅ Нотатку збережено. /notes — усі нотатки.");
        assertThat(mine(w)).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Купити зошит у клітинку");
            assertThat(n.subjectId()).isNull();
        });
    }

    @Test
    void aPlainTextOutsideAnyDialogIsOfferedAsANoteAndSavedOnlyOnYes() {
        SchoolFixture.World w = world.school();
        long chat = world.link(w.studentA());

        FakeMessage offer = reply(chat, "Контрольна в п’ятницю #історія <важливо>");
        assertThat(offer.text()).startsWith("Зберегти це як нотатку?").contains("Контрольна в п’ятницю #історія <важливо>");
        assertThat(offer.html()).contains("&lt;важливо&gt;");
        press(chat, offer, "✅ Зберегти");
        assertThat(edited(chat, offer.messageId(), 1).text()).startsWith("✅ Нотатку збережено. Теги: #історія.");

        FakeMessage second = reply(chat, "просто так");
        press(chat, second, "Ні");
        assertThat(edited(chat, second.messageId(), 1).text()).startsWith("Гаразд, не зберігаю.");
        assertThat(mine(w)).extracting(Note::text).containsExactly("Контрольна в п’ятницю #історія <важливо>");

        long guest = newChat();
        assertThat(reply(guest, "привіт").text()).startsWith("Я не зрозумів.");
    }

    @Test
    void aPhotoOrDocumentIsKeptAsItsTelegramFileWithTheCaption() {
        SchoolFixture.World w = world.school();
        long chat = world.link(w.studentA());
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};

        int before = FAKE.messagesTo(chat).size();
        FAKE.userSendsPhoto(chat, FakeUser.of(chat), photo, "Дошка після уроку #фізика");
        FakeMessage offer = FAKE.awaitMessages(chat, before + 1, WAIT).get(before);
        assertThat(offer.text()).startsWith("Зберегти це як нотатку?").contains("📷 фото Дошка після уроку");
        press(chat, offer, "✅ Зберегти");
        assertThat(edited(chat, offer.messageId(), 1).text()).startsWith("✅ Нотатку збережено. Теги: #фізика.");

        byte[] pdf = "%PDF-1.4 homework".getBytes(StandardCharsets.UTF_8);
        before = FAKE.messagesTo(chat).size();
        FAKE.userSendsDocument(chat, FakeUser.of(chat), "homework.pdf", "application/pdf", pdf, null);
        FakeMessage docOffer = FAKE.awaitMessages(chat, before + 1, WAIT).get(before);
        assertThat(docOffer.text()).contains("📎 файл");
        press(chat, docOffer, "✅ Зберегти");
        edited(chat, docOffer.messageId(), 1);

        List<Note> saved = mine(w);
        assertThat(saved).hasSize(2);
        Note document = saved.get(0);
        Note picture = saved.get(1);
        assertThat(picture.text()).isEqualTo("Дошка після уроку #фізика");
        assertThat(picture.file().kind()).isEqualTo(TelegramFile.Kind.PHOTO);
        assertThat(FAKE.fileContent(picture.file().fileId())).isEqualTo(photo);
        assertThat(document.text()).isEmpty();
        assertThat(document.file().kind()).isEqualTo(TelegramFile.Kind.DOCUMENT);
        assertThat(FAKE.fileContent(document.file().fileId())).isEqualTo(pdf);

        FakeMessage list = reply(chat, "/notes");
        assertThat(list.text()).contains("1. 📎 файл", "2. 📷 фото Дошка після уроку #фізика");
        press(chat, list, "2");
        FakeMessage opened = edited(chat, list.messageId(), 1);
        assertThat(opened.buttonTexts()).contains(List.of("Показати вкладення"));
        before = FAKE.messagesTo(chat).size();
        press(chat, opened, "Показати вкладення");
        List<FakeMessage> shown = FAKE.awaitMessages(chat, before + 2, WAIT);
        assertThat(shown.get(before).kind()).isEqualTo(FakeMessage.Kind.PHOTO);
        assertThat(shown.get(before).fileId()).isEqualTo(picture.file().fileId());
        assertThat(shown.get(before + 1).text()).contains("Дошка після уроку #фізика");
    }

    @Test
    void aTeachersQuestionFileStillGoesToTheBankImportAndAnyOtherFileIsOfferedAsANote() {
        SchoolFixture.World w = world.school();
        long teacher = world.link(w.teacher());

        int before = FAKE.messagesTo(teacher).size();
        FAKE.userSendsDocument(teacher, FakeUser.of(teacher), "world.gift", "text/plain",
                "::Sun:: The sun is a star. {T}\n".getBytes(StandardCharsets.UTF_8), null);
        FakeMessage offer = FAKE.awaitMessages(teacher, before + 1, WAIT).get(before);

        assertThat(offer.text()).contains("Імпорт питань із файлу world.gift").doesNotContain("нотатк");
        press(teacher, offer, "Скасувати");
        edited(teacher, offer.messageId(), 1);

        before = FAKE.messagesTo(teacher).size();
        FAKE.userSendsDocument(teacher, FakeUser.of(teacher), "plan.pdf", "application/pdf",
                "%PDF-1.4 plan".getBytes(StandardCharsets.UTF_8), "План уроку");
        FakeMessage noteOffer = FAKE.awaitMessages(teacher, before + 1, WAIT).get(before);
        assertThat(noteOffer.text()).startsWith("Зберегти це як нотатку?").contains("📎 файл План уроку",
                "Я можу імпортувати питання з файлів GIFT");
    }

    @Test
    void searchFindsUkrainianWordsAndTagsAndEscapesTheNotes() {
        SchoolFixture.World w = world.school();
        long chat = world.link(w.studentA());
        world.write(w, w.studentA(), NewNote.privateNote("Повторити дроби #математика"));
        world.write(w, w.studentA(), NewNote.privateNote("Купити хліб"));
        world.write(w, w.studentA(), NewNote.privateNote("Дроби: a < b & b < c"));

        FakeMessage found = reply(chat, "/notes дроби");
        assertThat(found.text()).startsWith("🔎 дроби: знайдено 2, сторінка 1 з 1:")
                .contains("Повторити дроби #математика", "Дроби: a < b & b < c").doesNotContain("Купити хліб");
        assertThat(found.html()).contains("a &lt; b &amp; b &lt; c");

        assertThat(reply(chat, "/notes #математика").text()).contains("знайдено 1").contains("Повторити дроби");
        assertThat(reply(chat, "/notes синхрофазотрон").text()).isEqualTo("🔎 За запитом синхрофазотрон нічого не знайдено.");
    }

    @Test
    void theListPagesFiveAtATime() {
        SchoolFixture.World w = world.school();
        long chat = world.link(w.studentA());
        for (int i = 1; i <= 7; i++) {
            world.write(w, w.studentA(), NewNote.privateNote("Нотатка номер " + i));
        }

        FakeMessage list = reply(chat, "/notes");
        assertThat(list.text()).startsWith("🗒 Нотатки (7), сторінка 1 з 2:")
                .contains("Нотатка номер 7", "Нотатка номер 3").doesNotContain("Нотатка номер 2");
        assertThat(list.buttonTexts()).containsExactly(List.of("1", "2", "3", "4", "5"), List.of("▶"), List.of("Закрити"));

        press(chat, list, "▶");
        FakeMessage second = edited(chat, list.messageId(), 1);
        assertThat(second.text()).startsWith("🗒 Нотатки (7), сторінка 2 з 2:")
                .contains("6. Нотатка номер 2", "7. Нотатка номер 1").doesNotContain("Нотатка номер 3");
        assertThat(second.buttonTexts()).containsExactly(List.of("6", "7"), List.of("◀"), List.of("Закрити"));

        press(chat, second, "◀");
        assertThat(edited(chat, list.messageId(), 2).text()).startsWith("🗒 Нотатки (7), сторінка 1 з 2:");
    }

    @Test
    void theAuthorEditsWithTheNextTextAndDeletesAfterConfirming() {
        SchoolFixture.World w = world.school();
        long chat = world.link(w.studentA());
        Note note = world.write(w, w.studentA(), NewNote.privateNote("Стара думка #ідея"));

        FakeMessage list = reply(chat, "/notes");
        press(chat, list, "1");
        FakeMessage opened = edited(chat, list.messageId(), 1);
        assertThat(opened.text()).contains("Стара думка #ідея", "Теги: #ідея");
        assertThat(opened.buttonTexts()).containsExactly(List.of("✏️ Змінити", "🗑 Видалити"), List.of("« До списку"));

        press(chat, opened, "✏️ Змінити");
        assertThat(edited(chat, list.messageId(), 2).text()).startsWith("Надішліть новий текст нотатки.");
        FakeMessage changed = reply(chat, "Нова думка #план");
        assertThat(changed.text()).startsWith("Нотатку змінено.").contains("Нова думка #план", "Теги: #план");
        Note stored = notes.find(w.actor(w.studentA()), note.id()).orElseThrow();
        assertThat(stored.text()).isEqualTo("Нова думка #план");
        assertThat(stored.tags()).containsExactly("план");

        press(chat, changed, "🗑 Видалити");
        FakeMessage confirm = edited(chat, changed.messageId(), 1);
        assertThat(confirm.text()).startsWith("Видалити цю нотатку?");
        press(chat, confirm, "🗑 Так, видалити");
        assertThat(edited(chat, changed.messageId(), 2).text())
                .startsWith("Нотатку видалено.").contains("У вас ще немає нотаток.");
        assertThat(notes.find(w.actor(w.studentA()), note.id())).isEmpty();
    }

    @Test
    void aSharedNoteHasNoEditButtonsAndGoneForeignOrOldButtonsAreRefused() {
        SchoolFixture.World w = world.school();
        long student = world.link(w.studentA());
        long teacher = world.link(w.teacher());
        world.write(w, w.teacher(), NewNote.forClass("Принесіть циркулі", w.classA().id()));
        Note own = world.write(w, w.studentA(), NewNote.privateNote("Моя нотатка"));

        FakeMessage list = reply(student, "/notes");
        assertThat(list.text()).contains("Принесіть циркулі від " + w.teacher().fullName());
        press(student, list, "2");
        FakeMessage shared = edited(student, list.messageId(), 1);
        assertThat(shared.text()).contains("Автор: " + w.teacher().fullName(), "Принесіть циркулі", "Для класу: 7-A");
        assertThat(shared.buttonTexts()).containsExactly(List.of("« До списку"));

        press(student, shared, "« До списку");
        press(student, edited(student, list.messageId(), 2), "1");
        FakeMessage mine = edited(student, list.messageId(), 3);
        notes.delete(w.actor(w.studentA()), own.id()); // from the dashboard, say
        press(student, mine, "✏️ Змінити");
        FakeMessage afterGone = edited(student, list.messageId(), 4);
        assertThat(afterGone.text()).startsWith("Цієї нотатки вже немає.").contains("Нотатки (1)");

        FakeMessage teachers = reply(teacher, "/notes");
        press(teacher, teachers, "1");
        FakeMessage teachersNote = edited(teacher, teachers.messageId(), 1);
        String queryId = FAKE.userPresses(student, list.messageId(), teachersNote.callbackOf("🗑 Видалити"));
        await(() -> FAKE.callbackAnswers().stream().anyMatch(a -> a.callbackQueryId().equals(queryId)));
        assertThat(FAKE.callbackAnswers().stream().filter(a -> a.callbackQueryId().equals(queryId)).findFirst()
                .orElseThrow().text()).isEqualTo("Ця кнопка вже застаріла.");
        assertThat(notes.recent(w.actor(w.teacher()), NoteFilter.ALL, PageRequest.first(5)).items())
                .extracting(Note::text).containsExactly("Принесіть циркулі");

        FakeMessage newer = reply(student, "/notes");
        assertThat(press(student, afterGone, "1").text()).isEqualTo("Ця кнопка вже застаріла.");
        assertThat(newer.text()).contains("Принесіть циркулі");
    }

    private List<Note> mine(SchoolFixture.World w) {
        Actor actor = w.actor(w.studentA());
        return notes.recent(actor, new NoteFilter(null, null, null, true), PageRequest.first(20)).items();
    }
}
