package ua.zalik.dialogs.quiz;

import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.testing.OpenAssignment;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The student's open assignments: due time in the school's zone, attempts left, a start or continue button each. */
final class AssignmentList {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM HH:mm");

    private AssignmentList() {
    }

    /** Buttons' actions: "start:&lt;assignment&gt;:&lt;1 when a time limit holds&gt;" and "close". */
    static Screen screen(Turn turn, List<OpenAssignment> open) {
        if (open.isEmpty()) {
            return Screen.of(turn.text("quiz.list.empty")).row(Screen.choice(turn.text("quiz.button.close"), "close")).protect();
        }
        StringBuilder html = new StringBuilder(turn.text("quiz.list.title"));
        Screen screen = Screen.of("");
        for (OpenAssignment a : open) {
            html.append("\n\n").append(turn.text("quiz.list.item", a.title(), WHEN.format(a.dueAt().atZone(a.zone())),
                    a.attemptsLeft()));
            if (a.timeLimitMinutes() != null) {
                html.append("\n").append(turn.text("quiz.list.limit", a.timeLimitMinutes()));
            }
            String limit = a.timeLimitMinutes() == null ? "0" : "1";
            // a button label is plain text, not HTML: the title goes in as it is
            String label = a.attemptInProgress() != null ? turn.text("quiz.button.continue") + " " + a.title() : "▶ " + a.title();
            screen = screen.row(Screen.choice(label, "start:" + a.assignmentId() + ":" + limit));
        }
        screen = screen.row(Screen.choice(turn.text("quiz.button.close"), "close"));
        // protected from the list on: Telegram keeps a message's protection through edits, and questions edit it
        return new Screen(html.toString(), screen.rows(), true, null, null);
    }
}
