package ua.zalik.dialogs.family;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Role;
import ua.zalik.users.Account;

import java.util.List;

/**
 * {@code /ask} (and the digest's "Ask the teacher"): a parent picks a child (when there are several) and writes a
 * question; it reaches every teacher of the child's classes in Telegram.
 */
@Component
class AskTeacherDialog extends DeclaredDialog<AskTeacherDialog.State> {

    enum State { CHILD, QUESTION }

    static final int MAX_LENGTH = 1000;

    private final ParentQuestions questions;

    AskTeacherDialog(ParentQuestions questions) {
        super("ask", Audience.roles(Role.PARENT), State.class);
        this.questions = questions;
    }

    @Override
    public Transition<State> open(Turn turn, String argument) {
        List<Account> children = questions.children(account(turn));
        if (children.isEmpty()) {
            return Transition.done(turn.text("ask.no-children"));
        }
        if (children.size() == 1) {
            turn.put("child", children.getFirst().id());
            return Transition.switchTo(State.QUESTION);
        }
        return Transition.switchTo(State.CHILD);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case CHILD -> Window.of(State.class, turn -> {
                        Screen screen = Screen.of(turn.text("ask.which-child"));
                        for (Account child : questions.children(account(turn))) {
                            screen = screen.row(Screen.choice(child.fullName(), String.valueOf(child.id())));
                        }
                        return screen;
                    })
                    .onButton((turn, action) -> {
                        boolean mine = questions.children(account(turn)).stream().anyMatch(c -> String.valueOf(c.id()).equals(action));
                        if (!mine) {
                            return Transition.stay(turn.text("dialogs.unexpected"));
                        }
                        turn.put("child", action);
                        return Transition.switchTo(State.QUESTION);
                    })
                    .goesTo(State.QUESTION);
            case QUESTION -> Window.of(State.class, turn -> Screen.of(turn.text("ask.write")))
                    .onText((turn, text) -> {
                        if (text.isBlank() || text.length() > MAX_LENGTH) {
                            return Transition.stay(turn.text("ask.too-long", MAX_LENGTH));
                        }
                        int teachers = questions.ask(account(turn), Long.parseLong(turn.get("child")), text.strip());
                        return Transition.done(turn.text(teachers == 0 ? "ask.no-teacher" : "ask.sent", teachers));
                    })
                    .finishes();
        };
    }

    private static Account account(Turn turn) {
        return turn.account().orElseThrow();
    }
}
