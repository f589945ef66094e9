package ua.zalik.dialogs.engine;

import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.bot.sending.OutgoingFile;
import ua.zalik.bot.sending.OutgoingMessage;
import ua.zalik.bot.sending.OutgoingPoll;
import ua.zalik.users.Account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One turn's working copy of a chat's context: moves between windows and collects what to send. */
final class Conversation {

    static final int MAX_DEPTH = 5;

    private final long chatId;
    private final Map<String, Dialog<?>> dialogs;
    private final Turn turn;
    private final Map<String, String> data;
    private final List<DialogContext.Frame> stack;
    private final String chosenLanguage;
    private String menu;
    private final List<Effect> effects = new ArrayList<>();
    private String dialog;
    private String state;
    private Map<String, String> buttons;
    private Integer editable;

    Conversation(DialogContext context, IncomingUpdate update, Optional<Account> account,
                 Map<String, Dialog<?>> dialogs, Texts texts, java.util.function.Function<String, Optional<byte[]>> files) {
        this.chatId = update.chatId();
        this.dialogs = dialogs;
        this.data = new LinkedHashMap<>(context.data());
        this.stack = new ArrayList<>(context.stack());
        this.buttons = context.buttons();
        this.chosenLanguage = context.language();
        this.menu = context.menu();
        this.turn = new Turn(chatId, update.from(), account, texts, data, account.map(Account::language)
                .orElseGet(() -> Texts.language(context.language(), update.from().languageCode())));
        this.turn.carry(update, files);
        if (context.active() && known(context.dialog(), context.state())) {
            this.dialog = context.dialog();
            this.state = context.state();
        } else {
            end();
        }
    }

    /** A dialog or state that a newer release no longer has ends quietly instead of failing every update. */
    private boolean known(String name, String stateName) {
        Dialog<?> d = dialogs.get(name);
        return d != null && java.util.Arrays.stream(d.states().getEnumConstants())
                .anyMatch(s -> s.name().equals(stateName));
    }

    Turn turn() {
        return turn;
    }

    boolean active() {
        return dialog != null;
    }

    DialogContext result(long version) {
        String language = turn.languageChosen() ? turn.language() : chosenLanguage;
        return new DialogContext(dialog, state, data, stack, language, buttons, menu, version);
    }

    /** Gives the chat its own command menu when the one it has was made for other roles or another language. */
    void menu(String wanted, java.util.function.Supplier<List<ua.zalik.bot.sending.MenuCommand>> commands) {
        if (!wanted.equals(menu)) {
            menu = wanted;
            effects.add(new Effect.SetMenu(chatId, commands.get()));
        }
    }

    List<Effect> effects() {
        return List.copyOf(effects);
    }

    /** The first message of this turn replaces the one whose button was pressed. */
    void editing(Integer messageId) {
        this.editable = messageId;
    }

    void answer(String callbackQueryId, String text) {
        effects.add(new Effect.AnswerCallback(callbackQueryId, text));
    }

    void say(String html) {
        send(html, null);
    }

    /** The action behind a button of the last window, or null for a button of an older message. */
    String action(String token) {
        return active() && token != null ? buttons.get(token) : null;
    }

    void open(Dialog<?> opened, String argument) {
        dialog = opened.name();
        state = opened.initial().name();
        data.clear();
        buttons = Map.of();
        apply(opened, opened.open(turn, argument), false);
    }

    /** A poll a dialog sent was answered: that dialog replies, whichever window is open now. */
    void pollAnswered(Dialog<?> sender, String tag, List<Integer> optionIds) {
        String reply = sender.pollAnswered(turn, tag, optionIds);
        if (reply != null) {
            say(reply);
        }
    }

    void text(String text) {
        handle(current(), text, null);
    }

    void button(String action) {
        handle(current(), null, action);
    }

    void rerender(String hintHtml) {
        render(current(), hintHtml);
    }

    void cancel(boolean announce) {
        stack.clear();
        end();
        if (announce) {
            say(turn.text("dialogs.cancelled"));
        }
    }

    private <S extends Enum<S>> void handle(Dialog<S> d, String text, String action) {
        Window<S> window = window(d);
        if (text != null && window.textHandler() != null) {
            apply(d, window.textHandler().handle(turn, text), true);
        } else if (action != null && window.buttonHandler() != null) {
            apply(d, window.buttonHandler().handle(turn, action), true);
        } else {
            render(d, turn.text("dialogs.unexpected"));
        }
    }

    @SuppressWarnings("unchecked")
    private <S extends Enum<S>> void apply(Dialog<S> d, Transition<?> any, boolean declared) {
        Transition<S> transition = (Transition<S>) any;
        switch (transition) {
            case Transition.Stay<S> stay -> render(d, stay.hintHtml());
            case Transition.Next<S> ignored -> {
                S[] all = d.states().getEnumConstants();
                int next = stateOf(d).ordinal() + 1;
                if (next >= all.length) {
                    throw new IllegalStateException(d.name() + ": no state after " + state);
                }
                moveTo(d, all[next], declared);
            }
            case Transition.SwitchTo<S> to -> moveTo(d, to.state(), declared);
            case Transition.Done<S> done -> {
                if (declared && !window(d).canFinish()) {
                    throw new IllegalStateException(d.name() + ": " + state + " does not declare finishes()");
                }
                finish(done.html(), done.result());
            }
            case Transition.Cancel<S> ignored -> cancel(true);
            case Transition.Begin<S> begin -> {
                Dialog<?> child = dialogs.get(begin.dialog());
                if (child == null || declared && !window(d).subDialogs().contains(begin.dialog())) {
                    throw new IllegalStateException(d.name() + ": " + state + " does not declare begins("
                            + begin.dialog() + ")");
                }
                if (stack.size() >= MAX_DEPTH) {
                    throw new IllegalStateException("dialogs nested deeper than " + MAX_DEPTH);
                }
                stack.add(new DialogContext.Frame(dialog, state, Map.copyOf(data)));
                open(child, begin.argument());
            }
        }
    }

    private <S extends Enum<S>> void moveTo(Dialog<S> d, S target, boolean declared) {
        if (declared && !window(d).targets().contains(target)) {
            throw new IllegalStateException(d.name() + ": " + state + " -> " + target + " is not declared");
        }
        state = target.name();
        render(d, null);
    }

    private void finish(String html, Map<String, String> result) {
        if (html != null) {
            say(html);
        }
        if (stack.isEmpty()) {
            end();
            return;
        }
        DialogContext.Frame parent = stack.removeLast();
        dialog = parent.dialog();
        state = parent.state();
        data.clear();
        data.putAll(parent.data());
        data.putAll(result);
        if (!known(dialog, state)) {
            cancel(false);
            return;
        }
        render(current(), null);
    }

    private <S extends Enum<S>> void render(Dialog<S> d, String hintHtml) {
        Screen screen = window(d).render(turn);
        Map<String, String> live = new HashMap<>();
        List<List<OutgoingMessage.Button>> rows = new ArrayList<>();
        for (List<Screen.Choice> row : screen.rows()) {
            List<OutgoingMessage.Button> buttonRow = new ArrayList<>();
            for (Screen.Choice choice : row) {
                String token = Tokens.next();
                live.put(token, choice.action());
                buttonRow.add(OutgoingMessage.Button.callback(choice.label(), token));
            }
            rows.add(buttonRow);
        }
        buttons = Map.copyOf(live);
        if (screen.photo() != null) {
            // a photo can't be edited into a text message: both come new, the photo first
            editable = null;
            OutgoingFile photo = OutgoingFile.of(chatId, screen.photo().fileName(), screen.photo().content(), null);
            effects.add(new Effect.SendPhoto(screen.protectContent() ? photo.protectedContent() : photo));
        }
        if (screen.resent() != null) {
            editable = null;
            OutgoingFile file = OutgoingFile.resend(chatId, screen.resent().fileId(), null);
            effects.add(screen.resent().photo() ? new Effect.SendPhoto(file) : new Effect.SendDocument(file));
        }
        send(hintHtml == null ? screen.html() : hintHtml + "\n\n" + screen.html(),
                rows.isEmpty() ? null : OutgoingMessage.InlineKeyboard.of(rows), screen.protectContent());
        if (screen.poll() != null) {
            Screen.Poll poll = screen.poll();
            OutgoingPoll outgoing = poll.correct() == null
                    ? OutgoingPoll.question(chatId, poll.question(), poll.options())
                    : OutgoingPoll.quiz(chatId, poll.question(), poll.options(), poll.correct(), poll.explanation());
            effects.add(new Effect.SendPoll(outgoing, d.name(), poll.tag()));
        }
    }

    private void send(String html, OutgoingMessage.InlineKeyboard keyboard) {
        send(html, keyboard, false);
    }

    private void send(String html, OutgoingMessage.InlineKeyboard keyboard, boolean protect) {
        OutgoingMessage message = OutgoingMessage.reply(chatId, html).withKeyboard(keyboard);
        if (protect) {
            message = message.protectedContent();
        }
        if (editable != null) {
            message = message.editing(editable);
            editable = null;
        }
        effects.add(new Effect.Send(message));
    }

    private void end() {
        dialog = null;
        state = null;
        data.clear();
        buttons = Map.of();
    }

    private Dialog<?> current() {
        return dialogs.get(dialog);
    }

    private <S extends Enum<S>> S stateOf(Dialog<S> d) {
        return Enum.valueOf(d.states(), state);
    }

    private <S extends Enum<S>> Window<S> window(Dialog<S> d) {
        return d.window(stateOf(d));
    }
}
