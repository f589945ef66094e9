package ua.zalik.dialogs.teaching;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Texts;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.PageRequest;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.Statistics;
import ua.zalik.testing.TestAnalysis;

import java.util.List;
import java.util.Optional;

/**
 * {@code /analysis}: the item analysis of one of the teacher's assignments as a per-question table (facility,
 * discrimination, flags) over each student's first attempt. {@code /analysis <id>} (the button under the closed
 * assignment's message) opens it at once; without an argument the newest assignments are offered.
 */
@Component
class AnalysisDialog extends DeclaredDialog<AnalysisDialog.State> {

    enum State { LIST, TABLE }

    static final int SHOWN = 8;

    private final Statistics statistics;
    private final Assignments assignments;
    private final SchoolService school;
    private final Texts texts;
    private final Actors actors;

    AnalysisDialog(Statistics statistics, Assignments assignments, SchoolService school, Texts texts, Actors actors) {
        super("analysis", Audience.roles(Role.TEACHER), State.class);
        this.statistics = statistics;
        this.assignments = assignments;
        this.school = school;
        this.texts = texts;
        this.actors = actors;
    }

    @Override
    public Transition<State> open(Turn turn, String argument) {
        if (argument == null || argument.isBlank()) {
            return Transition.switchTo(State.LIST);
        }
        if (!argument.strip().matches("\\d{1,18}")) {
            return Transition.done(turn.text("teaching.analysis.not-found"));
        }
        turn.put("assignment", argument.strip());
        return Transition.switchTo(State.TABLE);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case LIST -> Window.of(State.class, this::list)
                    .onButton(this::onList)
                    .goesTo(State.TABLE)
                    .finishes();
            case TABLE -> Window.of(State.class, this::table)
                    .onButton(this::onTable)
                    .goesTo(State.LIST)
                    .finishes();
        };
    }

    private Screen list(Turn turn) {
        List<Assignment> newest = assignments.assignments(actors.of(turn), PageRequest.first(SHOWN)).items();
        if (newest.isEmpty()) {
            return Screen.of(turn.text("teaching.analysis.none")).row(Screen.choice(turn.text("teaching.button.close"), "close"));
        }
        Screen screen = Screen.of(turn.text("teaching.analysis.pick"));
        for (Assignment assignment : newest) {
            String className = assignment.classId() == null ? null
                    : school.findClass(assignment.classId()).map(SchoolClass::name).orElse(null);
            screen = screen.row(Screen.choice(className == null ? assignment.testTitle() : assignment.testTitle() + " · " + className,
                    "show:" + assignment.id()));
        }
        return screen.row(Screen.choice(turn.text("teaching.button.close"), "close"));
    }

    private Transition<State> onList(Turn turn, String action) {
        if ("close".equals(action)) {
            return Transition.done(turn.text("teaching.analysis.closed-dialog"));
        }
        if (!action.startsWith("show:")) {
            return Transition.stay(turn.text("dialogs.unexpected"));
        }
        turn.put("assignment", action.substring(5));
        return Transition.switchTo(State.TABLE);
    }

    private Screen table(Turn turn) {
        long assignmentId = Long.parseLong(turn.get("assignment"));
        Optional<TestAnalysis> analysis = analysis(turn, assignmentId);
        String html = analysis.map(a -> AnalysisTexts.table(texts, turn.locale(),
                        assignments.assignment(actors.of(turn), assignmentId).testTitle(), a))
                .orElseGet(() -> turn.text("teaching.analysis.not-found"));
        return Screen.of(html).row(Screen.choice(turn.text("teaching.analysis.button.back"), "back"),
                Screen.choice(turn.text("teaching.button.close"), "close"));
    }

    private Transition<State> onTable(Turn turn, String action) {
        return "back".equals(action) ? Transition.switchTo(State.LIST) : Transition.done(turn.text("teaching.analysis.closed-dialog"));
    }

    private Optional<TestAnalysis> analysis(Turn turn, long assignmentId) {
        return statistics.assignmentIfManaged(actors.of(turn), assignmentId);
    }
}
