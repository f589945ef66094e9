package ua.zalik.dialogs.account;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.users.UsersService;

import java.util.Set;

/** {@code /lang}: Ukrainian or English, for the account when linked, else for this chat. {@code /lang en} skips the question. */
@Component
class LangDialog extends DeclaredDialog<LangDialog.State> {

    enum State { CHOOSE }

    private static final Set<String> LANGUAGES = Set.of("uk", "en");

    private final UsersService users;

    LangDialog(UsersService users) {
        super("lang", Audience.everyone(), State.class);
        this.users = users;
    }

    @Override
    public Transition<State> open(Turn turn, String argument) {
        String language = argument.trim().toLowerCase(java.util.Locale.ROOT);
        return LANGUAGES.contains(language) ? choose(turn, language) : Transition.switchTo(State.CHOOSE);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case CHOOSE -> Window.of(State.class, turn -> Screen.of(turn.text("lang.choose"))
                            .row(Screen.choice("Українська", "uk"), Screen.choice("English", "en")))
                    .onButton((turn, action) -> LANGUAGES.contains(action)
                            ? choose(turn, action) : Transition.stay(turn.text("dialogs.unexpected")))
                    .finishes();
        };
    }

    private Transition<State> choose(Turn turn, String language) {
        turn.useLanguage(language);
        turn.account().ifPresent(account -> users.setLanguage(account.id(), language));
        return Transition.done(turn.text("lang.changed"));
    }
}
