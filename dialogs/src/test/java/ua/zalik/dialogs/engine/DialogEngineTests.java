package ua.zalik.dialogs.engine;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.kernel.Role;
import ua.zalik.users.Account;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine in-process: a toy dialog, a recording output and a store that keeps only JSON. */
class DialogEngineTests {

    private static final long CHAT = 42;
    private final AtomicLong updateIds = new AtomicLong();
    private final RecordingOutput output = new RecordingOutput();
    private final JsonRoundTripStore store = new JsonRoundTripStore();
    private Optional<Account> account = Optional.empty();
    private final DialogEngine engine = new DialogEngine(List.of(new NoteDraftDialog(), new ColourDialog(), new UploadDialog()),
            List.of(new SecretCommand()), store, output, (user, chat) -> account, texts());

    @Test
    void commandOpensTheDialogAndItsPlaceSurvivesAsJson() {
        send("/draft");

        assertThat(output.last().html()).isEqualTo("Write the note");
        DialogContext stored = store.context(CHAT);
        assertThat(stored.dialog()).isEqualTo("draft");
        assertThat(stored.state()).isEqualTo("TEXT");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void textMovesOnAndAButtonFinishesByEditingItsMessage() {
        send("/draft");
        send("milk & <eggs>");
        RecordingOutput.Shown confirm = output.last();
        assertThat(store.context(CHAT).data()).containsEntry("text", "milk & <eggs>");

        String answer = press(confirm, "Save");

        assertThat(output.answers).containsEntry(answer, "");
        assertThat(output.all()).hasSize(2);
        assertThat(output.last().html()).isEqualTo("Saved milk & <eggs>");
        assertThat(output.last().message().keyboard()).isNull();
        assertThat(store.context(CHAT).active()).isFalse();
    }

    @Test
    void buttonOfAnOlderWindowIsAnsweredAsOutOfDateAndChangesNothing() {
        send("/draft");
        send("first");
        RecordingOutput.Shown old = output.last();
        press(old, "Edit");
        send("second");
        DialogContext before = store.context(CHAT);

        String answer = press(old, "Save");

        assertThat(output.answers).containsEntry(answer, "Ця кнопка вже застаріла.");
        assertThat(store.context(CHAT)).isEqualTo(before);
        assertThat(output.all()).noneMatch(shown -> shown.html().startsWith("Saved"));
    }

    @Test
    void buttonAfterTheDialogEndedIsOutOfDate() {
        send("/draft");
        send("note");
        RecordingOutput.Shown confirm = output.last();
        send("/cancel");

        String answer = press(confirm, "Save");

        assertThat(output.answers).containsEntry(answer, "Ця кнопка вже застаріла.");
    }

    @Test
    void unexpectedInputShowsTheSameWindowWithAHint() {
        send("/draft");
        send("note");

        send("just typing");

        assertThat(output.last().html()).startsWith("<i>Цього я тут не очікував").endsWith("Save <b>note</b> in null?");
        assertThat(store.context(CHAT).state()).isEqualTo("CONFIRM");
        press(output.last(), "Save");
        assertThat(output.last().html()).isEqualTo("Saved note");
    }

    @Test
    void handlerRefusalStaysWithItsHint() {
        send("/draft");

        send("far too long for a note, really");

        assertThat(output.last().html()).isEqualTo("Too long\n\nWrite the note");
        assertThat(store.context(CHAT).state()).isEqualTo("TEXT");
    }

    @Test
    void cancelMidDialogEndsItAndTheChatGoesOn() {
        send("/draft");
        send("note");

        send("/cancel");
        assertThat(output.last().html()).startsWith("Скасовано.");
        assertThat(store.context(CHAT).active()).isFalse();

        send("/cancel");
        assertThat(output.last().html()).startsWith("Зараз нічого скасовувати.");
        send("/draft");
        assertThat(output.last().html()).isEqualTo("Write the note");
    }

    @Test
    void failingHandlerAnswersTheButtonApologisesAndKeepsTheWindow() {
        send("/draft");
        send("note");
        long versionBefore = store.context(CHAT).version();

        String answer = press(output.last(), "Boom");

        assertThat(output.answers).containsEntry(answer, "Щось пішло не так. Спробуйте ще раз трохи згодом.");
        assertThat(output.all()).extracting(RecordingOutput.Shown::html)
                .contains("Щось пішло не так. Спробуйте ще раз трохи згодом.");
        assertThat(output.last().html()).isEqualTo("Save <b>note</b> in null?");
        assertThat(store.context(CHAT).state()).isEqualTo("CONFIRM");
        press(output.last(), "Save");
        assertThat(output.last().html()).isEqualTo("Saved note");
        assertThat(store.context(CHAT).version()).isGreaterThan(versionBefore);
    }

    @Test
    void aTurnTheDatabaseFailedIsRunAgainAndTheUserSeesItsAnswerNotAnApology() {
        send("/draft");
        send("note");
        store.failNext(new org.springframework.dao.DataAccessResourceFailureException("connection refused"),
                new org.springframework.transaction.CannotCreateTransactionException("no connection",
                        new java.sql.SQLException("terminating connection due to administrator command", "57P01")),
                new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                        new java.sql.SQLException("Connection is closed")));

        String answer = press(output.last(), "Save");

        assertThat(output.answers).containsEntry(answer, "");
        assertThat(output.all()).extracting(RecordingOutput.Shown::html)
                .doesNotContain("Щось пішло не так. Спробуйте ще раз трохи згодом.");
        assertThat(output.last().html()).isEqualTo("Saved note");
    }

    @Test
    void aTurnThatFailsForAnotherReasonIsNotRunAgain() {
        send("/draft");
        store.failNext(new IllegalStateException("a bug"));

        int before = output.all().size();

        send("note");

        assertThat(output.all().subList(before, output.all().size())).extracting(RecordingOutput.Shown::html)
                .containsExactly("Щось пішло не так. Спробуйте ще раз трохи згодом.", "Write the note");
        assertThat(store.context(CHAT).state()).as("the text was not taken").isEqualTo("TEXT");
    }

    @Test
    void transitionTheWindowDidNotDeclareIsRefused() {
        send("/draft");
        send("note");

        press(output.last(), "Sneak");

        assertThat(output.all()).extracting(RecordingOutput.Shown::html)
                .contains("Щось пішло не так. Спробуйте ще раз трохи згодом.");
        assertThat(store.context(CHAT).state()).isEqualTo("CONFIRM");
    }

    @Test
    void subDialogReturnsItsResultToTheWindowThatOpenedIt() {
        send("/draft");
        send("note");
        press(output.last(), "Colour");
        assertThat(output.last().html()).isEqualTo("Which colour?");
        assertThat(store.context(CHAT).stack()).hasSize(1);

        press(output.last(), "Blue");

        assertThat(output.all()).extracting(RecordingOutput.Shown::html).contains("Colour: blue");
        assertThat(output.last().html()).isEqualTo("Save <b>note</b> in blue?");
        assertThat(store.context(CHAT).stack()).isEmpty();
        assertThat(store.context(CHAT).dialog()).isEqualTo("draft");
    }

    @Test
    void callbackDataIsAShortTokenThatNamesNoAction() {
        send("/draft");
        send("note");

        List<String> tokens = output.last().message().keyboard().rows().stream().flatMap(List::stream)
                .map(b -> b.callbackData()).toList();

        assertThat(tokens).hasSize(5).doesNotHaveDuplicates().allSatisfy(token -> {
            assertThat(token.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
            assertThat(token).matches("[0-9A-Za-z]{10}").doesNotContain("save", "edit", "boom");
        });
    }

    @Test
    void guestsAreAskedToJoinBeforeMembersOnlyCommandsAndRolesAreChecked() {
        send("/secret");
        assertThat(output.last().html()).startsWith("Спершу приєднайтеся");

        account = Optional.of(new Account(7, 1, null, "Olena", Set.of(Role.STUDENT), "en"));
        send("/secret");
        assertThat(output.last().html()).isEqualTo("This command is not for your role. /help shows your commands.");

        account = Optional.of(new Account(7, 1, null, "Olena", Set.of(Role.TEACHER), "en"));
        send("/secret");
        assertThat(output.last().html()).isEqualTo("for teachers");
    }

    @Test
    void unknownCommandsAndIdleTextGetAPoliteAnswerInTheUsersLanguage() {
        send("/nope", "en-GB");
        assertThat(output.last().html()).isEqualTo("I don’t know the command /nope. /help shows what I can do.");

        send("hello?", "uk");
        assertThat(output.last().html()).isEqualTo("Я не зрозумів. /help покаже, що я вмію.");
    }

    @Test
    void contextOfADialogThatNoLongerExistsEndsQuietly() {
        store.update(CHAT, context -> new ContextStore.Change(new DialogContext("gone", "X", java.util.Map.of(),
                List.of(), null, java.util.Map.of("tok", "a"), null, context.version()), List.of()));

        send("hello");

        assertThat(output.last().html()).startsWith("Я не зрозумів.");
        assertThat(store.context(CHAT).active()).isFalse();
    }

    @Test
    void buttonPressedOutsideAPrivateChatIsStillAnswered() {
        engine.handle(new IncomingUpdate(updateIds.incrementAndGet(), IncomingUpdate.Kind.CALLBACK, -100,
                IncomingUpdate.ChatType.GROUP, user("uk"), null, 5, new IncomingUpdate.Callback("q-group", "tok", 5),
                null, null, null));

        assertThat(output.answers).containsEntry("q-group", "");
        assertThat(output.all()).isEmpty();
    }

    @Test
    void unreadableOrOlderContextJsonDoesNotLockTheChatOut() {
        assertThat(ContextJson.read("{\"dialog\":\"draft\",\"state\":\"TEXT\",\"dropped\":1}", 3))
                .extracting(DialogContext::dialog, DialogContext::state, DialogContext::version)
                .containsExactly("draft", "TEXT", 3L);
        assertThat(ContextJson.read("{broken", 4)).isEqualTo(DialogContext.empty().withVersion(4));
    }

    @Test
    void aDocumentOpensTheDialogThatTakesItForTheUsersRoleEvenOverAnOpenOne() {
        account = Optional.of(new Account(7, 1, null, "Olena", Set.of(Role.TEACHER), "en"));
        output.files.put("file-1", "$CATEGORY: x\n".getBytes(StandardCharsets.UTF_8));
        send("/draft");

        deliver(IncomingUpdate.Kind.DOCUMENT, new IncomingUpdate.Attachment("file-1", "notes.gift", "text/plain", 13L, null), null);

        assertThat(output.last().html()).isEqualTo("Got notes.gift");
        assertThat(store.context(CHAT).dialog()).isEqualTo("upload");
        press(output.last(), "Read");
        assertThat(output.last().html()).isEqualTo("13 bytes");
        assertThat(store.context(CHAT).active()).isFalse();

        deliver(IncomingUpdate.Kind.POLL, null, new IncomingUpdate.ForwardedPoll("2 + 2?", List.of("4", "5"), 0, null, true));
        assertThat(output.last().html()).isEqualTo("Quiz: 2 + 2?");
    }

    @Test
    void aDocumentFromSomeoneNoDialogTakesItFromIsNotUnderstood() {
        account = Optional.of(new Account(7, 1, null, "Olena", Set.of(Role.STUDENT), "uk"));
        deliver(IncomingUpdate.Kind.DOCUMENT, new IncomingUpdate.Attachment("file-2", "essay.txt", "text/plain", 5L, null), null);
        assertThat(output.last().html()).startsWith("Я не зрозумів.");

        send("/draft");
        deliver(IncomingUpdate.Kind.POLL, null, new IncomingUpdate.ForwardedPoll("2 + 2?", List.of("4", "5"), 0, null, true));
        assertThat(output.last().html()).startsWith("<i>Цього я тут не очікував").endsWith("Write the note");
        assertThat(store.context(CHAT).dialog()).isEqualTo("draft");
    }

    @Test
    void whatAMemberSendsWhileNothingIsOpenGoesToTheDialogThatOffersToKeepIt() {
        DialogEngine keeping = new DialogEngine(List.of(new NoteDraftDialog(), new UploadDialog(), new KeepDialog()), List.of(),
                store, output, (user, chat) -> account, texts());
        IncomingUpdate.Attachment pdf = new IncomingUpdate.Attachment("file-3", "plan.pdf", "application/pdf", 5L, null);

        keeping.handle(text("hello"));
        assertThat(output.last().html()).startsWith("Я не зрозумів.");

        account = Optional.of(new Account(7, 1, null, "Olena", Set.of(Role.TEACHER), "uk"));
        keeping.handle(text("milk & <eggs>"));
        assertThat(output.last().html()).isEqualTo("Keep milk & <eggs>?");
        keeping.handle(file(IncomingUpdate.Kind.PHOTO, new IncomingUpdate.Attachment("photo-1", null, "image/jpeg", 3L, "c")));
        assertThat(output.last().html()).startsWith("<i>Цього я тут не очікував").endsWith("Keep milk & <eggs>?");
        press(keeping, output.last(), "Yes");
        keeping.handle(file(IncomingUpdate.Kind.PHOTO, new IncomingUpdate.Attachment("photo-1", null, "image/jpeg", 3L, "c")));
        assertThat(output.last().html()).isEqualTo("Keep PHOTO photo-1?");
        press(keeping, output.last(), "Yes");
        keeping.handle(file(IncomingUpdate.Kind.DOCUMENT, pdf));
        assertThat(output.last().html()).isEqualTo("Keep DOCUMENT file-3?");
        press(keeping, output.last(), "Yes");
        keeping.handle(file(IncomingUpdate.Kind.DOCUMENT, new IncomingUpdate.Attachment("file-4", "q.gift", "text/plain", 5L, null)));
        assertThat(output.last().html()).isEqualTo("Got q.gift");

        keeping.handle(text("/draft"));
        keeping.handle(text("a note"));
        assertThat(store.context(CHAT).dialog()).isEqualTo("draft");
        assertThat(store.context(CHAT).data()).containsEntry("text", "a note");
        keeping.handle(file(IncomingUpdate.Kind.DOCUMENT, pdf));
        assertThat(store.context(CHAT).dialog()).isEqualTo("draft");
    }

    private IncomingUpdate text(String text) {
        return new IncomingUpdate(updateIds.incrementAndGet(),
                text.startsWith("/") ? IncomingUpdate.Kind.COMMAND : IncomingUpdate.Kind.TEXT, CHAT,
                IncomingUpdate.ChatType.PRIVATE, user("uk"), text, 1, null, null, null, null);
    }

    private IncomingUpdate file(IncomingUpdate.Kind kind, IncomingUpdate.Attachment attachment) {
        return new IncomingUpdate(updateIds.incrementAndGet(), kind, CHAT, IncomingUpdate.ChatType.PRIVATE, user("uk"),
                null, 1, null, null, attachment, null);
    }

    private void deliver(IncomingUpdate.Kind kind, IncomingUpdate.Attachment attachment, IncomingUpdate.ForwardedPoll poll) {
        engine.handle(new IncomingUpdate(updateIds.incrementAndGet(), kind, CHAT, IncomingUpdate.ChatType.PRIVATE, user("uk"),
                null, 1, null, null, attachment, poll));
    }

    private void send(String text) {
        send(text, "uk");
    }

    private void send(String text, String languageCode) {
        engine.handle(new IncomingUpdate(updateIds.incrementAndGet(),
                text.startsWith("/") ? IncomingUpdate.Kind.COMMAND : IncomingUpdate.Kind.TEXT, CHAT,
                IncomingUpdate.ChatType.PRIVATE, user(languageCode), text, 1, null, null, null, null));
    }

    private String press(RecordingOutput.Shown shown, String label) {
        return press(engine, shown, label);
    }

    private String press(DialogEngine pressed, RecordingOutput.Shown shown, String label) {
        String queryId = "q" + updateIds.incrementAndGet();
        pressed.handle(new IncomingUpdate(updateIds.get(), IncomingUpdate.Kind.CALLBACK, CHAT,
                IncomingUpdate.ChatType.PRIVATE, user("uk"), null, shown.messageId(),
                new IncomingUpdate.Callback(queryId, shown.token(label), shown.messageId()), null, null, null));
        return queryId;
    }

    private static IncomingUpdate.TelegramUser user(String languageCode) {
        return new IncomingUpdate.TelegramUser(CHAT, "Olena", null, "olena", languageCode);
    }

    static Texts texts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/dialogs");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        // the toy commands' menu texts, which a chat with an account gets
        org.springframework.context.support.StaticMessageSource menu = new org.springframework.context.support.StaticMessageSource();
        for (java.util.Locale locale : List.of(Texts.UKRAINIAN, Texts.ENGLISH)) {
            menu.addMessage("command.draft", locale, "write a note");
            menu.addMessage("command.secret", locale, "teachers only");
        }
        messages.setParentMessageSource(menu);
        return new Texts(messages);
    }

    /** A one-reply command only teachers may use. */
    static final class SecretCommand implements Command {

        @Override
        public String command() {
            return "secret";
        }

        @Override
        public Audience audience() {
            return Audience.roles(Role.TEACHER);
        }

        @Override
        public String reply(Turn turn) {
            return "for teachers";
        }
    }
}
