package ua.zalik.dialogs.teaching;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** /assign's choice of one or more of the teacher's classes, toggled three to a row and kept as "classes" (ids). */
@Component
class AssignClasses {

    private final SchoolService school;

    AssignClasses(SchoolService school) {
        this.school = school;
    }

    private List<SchoolClass> taught(Turn turn) {
        return school.classIdsTaughtBy(turn.account().orElseThrow().id()).stream()
                .map(school::findClass).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(SchoolClass::name)).toList();
    }

    static Set<Long> chosen(Turn turn) {
        String ids = turn.get("classes");
        return ids == null || ids.isBlank() ? new LinkedHashSet<>()
                : Arrays.stream(ids.split(",")).map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Screen screen(Turn turn) {
        List<SchoolClass> classes = taught(turn);
        if (classes.isEmpty()) {
            return Screen.of(turn.text("teaching.assign.no-classes")).row(Screen.choice(turn.text("teaching.button.close"), "close"));
        }
        Set<Long> chosen = chosen(turn);
        Screen screen = Screen.of(turn.text("teaching.assign.choose-classes", turn.get("title")));
        List<Screen.Choice> row = new ArrayList<>();
        for (SchoolClass c : classes) {
            row.add(Screen.choice((chosen.contains(c.id()) ? "✅ " : "▫️ ") + c.name(), "toggle:" + c.id()));
            if (row.size() == 3) {
                screen = screen.row(row.toArray(Screen.Choice[]::new));
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            screen = screen.row(row.toArray(Screen.Choice[]::new));
        }
        return screen.row(Screen.choice(turn.text("button.back"), "back"),
                Screen.choice(turn.text("teaching.button.next"), "next"));
    }

    Transition<AssignDialog.State> onButton(Turn turn, String action) {
        Set<Long> chosen = chosen(turn);
        if (action.startsWith("toggle:")) {
            SchoolClass toggled = taught(turn).stream().filter(c -> action.equals("toggle:" + c.id())).findFirst().orElse(null);
            if (toggled == null) {
                return Transition.stay(turn.text("dialogs.unexpected"));
            }
            if (!chosen.remove(toggled.id())) {
                chosen.add(toggled.id());
            }
            turn.put("classes", chosen.stream().map(String::valueOf).collect(Collectors.joining(",")));
            return Transition.stay(null);
        }
        return switch (action) {
            case "back" -> Transition.switchTo(AssignDialog.State.TEST);
            case "close" -> Transition.done(turn.text("teaching.assign.closed"));
            case "next" -> chosen.isEmpty() ? Transition.stay(turn.text("teaching.assign.choose-a-class"))
                    : Transition.switchTo(AssignDialog.State.DUE);
            default -> Transition.stay(turn.text("dialogs.unexpected"));
        };
    }

    /** The chosen classes' names, for the confirmation. */
    String chosenNames(Turn turn) {
        return taught(turn).stream().filter(c -> chosen(turn).contains(c.id())).map(SchoolClass::name)
                .collect(Collectors.joining(", "));
    }
}
