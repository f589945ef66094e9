package ua.zalik.dialogs.quiz;

import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.testing.AttemptState;
import ua.zalik.testing.OpenAssignment;
import ua.zalik.testing.StudentResult;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The student's open assignments: due time in the school's zone, attempts left, a start or continue button each. */
final class AssignmentList {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM HH:mm");

    private AssignmentList() {
    }

    private static final int RESULTS = 3;

    /**
     * Buttons' actions: "start:&lt;assignment&gt;:&lt;1 when a time limit holds&gt;", "review:&lt;attempt&gt;" for the
     * newest finished attempts whose review is open (now, or since their assignment closed), and "close".
     */
    static Screen screen(Turn turn, List<OpenAssignment> open, List<StudentResult> results) {
        StringBuilder html = new StringBuilder(turn.text(open.isEmpty() ? "quiz.list.empty" : "quiz.list.title"));
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
        List<StudentResult> reviewable = results.stream()
                .filter(r -> r.reviewOpen() && r.state() != AttemptState.IN_PROGRESS).limit(RESULTS).toList();
        if (!reviewable.isEmpty()) {
            html.append("\n\n").append(turn.text("quiz.list.results"));
        }
        for (StudentResult r : reviewable) {
            screen = screen.row(Screen.choice("📊 " + r.testTitle(), "review:" + r.attemptId()));
        }
        screen = screen.row(Screen.choice(turn.text("quiz.button.close"), "close"));
        // protected from the list on: Telegram keeps a message's protection through edits, and questions edit it
        return new Screen(html.toString(), screen.rows(), true, null, null);
    }
}
