package ua.zalik.dialogs.teaching;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Role;
import ua.zalik.testing.Category;
import ua.zalik.testing.NewCategory;
import ua.zalik.testing.QuestionBank;
import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionDraft;
import ua.zalik.testing.QuestionFiles;
import ua.zalik.testing.FileImport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Opened by a quiz poll or a question file a teacher sends: asks for one of their bank's categories (or a new one),
 * then adds the quiz as a single-choice question, or imports the file (GIFT {@code .gift}/{@code .txt}, Aiken
 * {@code .txt}, Moodle XML {@code .xml}) all or nothing, naming the lines of any problems.
 */
@Component
class ImportDialog extends DeclaredDialog<ImportDialog.State> {

    enum State { CATEGORY, NEW_CATEGORY }

    static final int MAX_CATEGORIES = 24;

    private final QuestionBank bank;
    private final QuestionFiles files;
    private final Actors actors;
    private final MessageSource messages;

    ImportDialog(QuestionBank bank, QuestionFiles files, Actors actors, MessageSource messages) {
        super(null, "bank-import", Audience.roles(Role.TEACHER), State.class);
        this.bank = bank;
        this.files = files;
        this.actors = actors;
        this.messages = messages;
    }

    @Override
    public Set<IncomingUpdate.Kind> opensOn() {
        return Set.of(IncomingUpdate.Kind.DOCUMENT, IncomingUpdate.Kind.POLL);
    }

    /** Polls, and files named as question files; any other document is left to whoever offers to keep it (a note). */
    @Override
    public boolean takes(IncomingUpdate update) {
        if (update.kind() != IncomingUpdate.Kind.DOCUMENT) {
            return true;
        }
        String name = update.attachment() == null || update.attachment().fileName() == null ? ""
                : update.attachment().fileName().toLowerCase(Locale.ROOT);
        return name.endsWith(".gift") || name.endsWith(".txt") || name.endsWith(".xml");
    }

    @Override
    public Transition<State> open(Turn turn, String argument) {
        IncomingUpdate.ForwardedPoll poll = turn.poll();
        if (poll != null) {
            if (!poll.quiz() || poll.correctOptionId() == null || poll.options().size() < 2) {
                return Transition.done(turn.text("teaching.import.not-a-quiz"));
            }
            turn.put("kind", "poll");
            turn.put("question", poll.question());
            turn.put("options", poll.options().size());
            for (int i = 0; i < poll.options().size(); i++) {
                turn.put("o" + i, poll.options().get(i));
            }
            turn.put("right", poll.correctOptionId());
            if (poll.explanation() != null && !poll.explanation().isBlank()) {
                turn.put("explanation", poll.explanation());
            }
            return Transition.switchTo(State.CATEGORY);
        }
        IncomingUpdate.Attachment file = turn.attachment();
        String name = file.fileName();
        turn.put("kind", "file");
        turn.put("file", file.fileId());
        turn.put("name", name);
        return Transition.switchTo(State.CATEGORY);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case CATEGORY -> Window.of(State.class, this::categories)
                    .onButton(this::onCategory)
                    .goesTo(State.NEW_CATEGORY)
                    .finishes();
            case NEW_CATEGORY -> Window.of(State.class, turn -> Screen.of(turn.text("teaching.import.category-name"))
                            .row(Screen.choice(turn.text("button.back"), "back")))
                    .onText(this::onNewCategory)
                    .onButton((turn, action) -> "back".equals(action) ? Transition.switchTo(State.CATEGORY)
                            : Transition.stay(turn.text("dialogs.unexpected")))
                    .goesTo(State.CATEGORY);
        };
    }

    private Screen categories(Turn turn) {
        List<Category> own = bank.categories(actors.of(turn));
        String html = "poll".equals(turn.get("kind"))
                ? turn.text("teaching.import.poll", turn.get("question"))
                : turn.text("teaching.import.file", turn.get("name"));
        Screen screen = Screen.of(html + "\n\n" + turn.text(own.isEmpty() ? "teaching.import.no-categories"
                : "teaching.import.choose-category"));
        for (Category category : own.subList(0, Math.min(MAX_CATEGORIES, own.size()))) {
            screen = screen.row(Screen.choice(category.name(), "cat:" + category.id() + ":" + category.name()));
        }
        return screen.row(Screen.choice(turn.text("teaching.import.button.new-category"), "new"),
                Screen.choice(turn.text("button.cancel"), "cancel"));
    }

    private Transition<State> onCategory(Turn turn, String action) {
        if ("new".equals(action)) {
            return Transition.switchTo(State.NEW_CATEGORY);
        }
        if ("cancel".equals(action)) {
            return Transition.done(turn.text("teaching.import.cancelled"));
        }
        if (!action.startsWith("cat:")) {
            return Transition.stay(turn.text("dialogs.unexpected"));
        }
        String[] parts = action.split(":", 3);
        long categoryId = Long.parseLong(parts[1]);
        String categoryName = parts[2];
        if ("poll".equals(turn.get("kind"))) {
            bank.addQuestion(actors.of(turn), categoryId, quiz(turn));
            return Transition.done(turn.text("teaching.import.poll-added", categoryName));
        }
        Optional<byte[]> bytes = turn.download(turn.get("file"));
        if (bytes.isEmpty()) {
            return Transition.done(turn.text("teaching.import.download-failed", turn.get("name")));
        }
        FileImport result = files.importNamedFile(actors.of(turn), categoryId, turn.get("name"),
                new String(bytes.get(), StandardCharsets.UTF_8));
        // the file's problems (i18n/imports) in the chat's language, as plain text the bundle text escapes whole
        return Transition.done(result.succeeded() ? turn.text("teaching.import.imported", result.imported(), categoryName)
                : turn.text("teaching.import.failed", turn.get("name"), result.failure().text(messages, turn.locale())));
    }

    private Transition<State> onNewCategory(Turn turn, String text) {
        String name = text.strip();
        if (name.isEmpty() || name.length() > 200 || name.contains("\n")) {
            return Transition.stay(turn.text("teaching.import.category-name-bad"));
        }
        bank.createCategory(actors.of(turn), new NewCategory(name, null, null));
        return Transition.switchTo(State.CATEGORY);
    }

    private static QuestionDraft quiz(Turn turn) {
        int right = Integer.parseInt(turn.get("right"));
        List<QuestionBody.Choice> options = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(turn.get("options")); i++) {
            options.add(new QuestionBody.Choice(turn.get("o" + i), i == right ? 1.0 : 0.0, null));
        }
        return new QuestionDraft(null, turn.get("question"), new QuestionBody.SingleChoice(options), turn.get("explanation"),
                null, List.of("telegram"));
    }
}
