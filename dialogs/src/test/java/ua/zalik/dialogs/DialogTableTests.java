package ua.zalik.dialogs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import ua.zalik.dialogs.engine.Dialog;
import ua.zalik.dialogs.engine.DialogEngine;
import ua.zalik.dialogs.engine.Entry;
import ua.zalik.dialogs.engine.Texts;
import ua.zalik.dialogs.engine.Window;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks every dialog bean: each state has a window, every target exists, every state can be left. */
class DialogTableTests extends ChatTestSupport {

    @Autowired DialogEngine engine;
    @Autowired MessageSource messages;

    @Test
    void everyDialogIsAWellFormedStateMachine() {
        assertThat(engine.dialogs()).extracting(Dialog::name).contains("start", "lang");
        Set<String> names = engine.dialogs().stream().map(Dialog::name).collect(java.util.stream.Collectors.toSet());
        for (Dialog<?> dialog : engine.dialogs()) {
            check(dialog, names);
        }
    }

    @Test
    void everyCommandHasAMenuTextInBothLanguages() {
        for (Entry entry : engine.entries()) {
            for (Locale locale : Set.of(Texts.UKRAINIAN, Texts.ENGLISH)) {
                assertThat(messages.getMessage("command." + entry.command(), null, null, locale))
                        .as("/%s in %s", entry.command(), locale).isNotBlank();
            }
        }
    }

    private static <S extends Enum<S>> void check(Dialog<S> dialog, Set<String> names) {
        Set<S> reachable = EnumSet.noneOf(dialog.states());
        ArrayDeque<S> todo = new ArrayDeque<>(Set.of(dialog.initial()));
        while (!todo.isEmpty()) {
            S state = todo.pop();
            if (reachable.add(state)) {
                Window<S> window = dialog.window(state);
                assertThat(window).as("%s.%s has a window", dialog.name(), state).isNotNull();
                assertThat(window.textHandler() != null || window.buttonHandler() != null)
                        .as("%s.%s takes some input", dialog.name(), state).isTrue();
                assertThat(window.targets()).as("%s.%s targets its own states", dialog.name(), state)
                        .allMatch(target -> target.getDeclaringClass() == dialog.states());
                assertThat(window.subDialogs()).as("%s.%s opens known dialogs", dialog.name(), state)
                        .allMatch(names::contains);
                todo.addAll(window.targets());
            }
        }
        for (S state : dialog.states().getEnumConstants()) {
            assertThat(dialog.window(state)).as("%s.%s has a window", dialog.name(), state).isNotNull();
            assertThat(canFinishFrom(dialog, state)).as("%s.%s can be left by finishing", dialog.name(), state)
                    .isTrue();
        }
    }

    private static <S extends Enum<S>> boolean canFinishFrom(Dialog<S> dialog, S start) {
        Set<S> seen = EnumSet.noneOf(dialog.states());
        ArrayDeque<S> todo = new ArrayDeque<>(Set.of(start));
        while (!todo.isEmpty()) {
            S state = todo.pop();
            if (seen.add(state)) {
                Window<S> window = dialog.window(state);
                if (window.canFinish()) {
                    return true;
                }
                todo.addAll(window.targets());
            }
        }
        return false;
    }
}
