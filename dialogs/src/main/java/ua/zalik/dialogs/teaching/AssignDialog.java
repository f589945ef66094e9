package ua.zalik.dialogs.teaching;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.PageRequest;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolService;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.NewClassAssignment;
import ua.zalik.testing.TestView;
import ua.zalik.testing.Tests;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code /assign}: a test, one or more of the teacher's classes, the due time (quick choices or typed, in the school's
 * timezone), optionally another time limit and number of attempts, then confirm. Students hear of it through the
 * {@code AssignmentPublished} event ({@link AssignmentNotices}).
 */
@Component
class AssignDialog extends DeclaredDialog<AssignDialog.State> {

    enum State { TEST, CLASSES, DUE, LIMITS, CONFIRM }

    static final int MAX_TESTS = 30;
    private static final int[] QUICK_DAYS = {1, 3, 7};

    private final Tests tests;
    private final SchoolService school;
    private final AssignClasses classes;
    private final Assignments assignments;
    private final Actors actors;
    private final Clock clock;

    AssignDialog(Tests tests, SchoolService school, AssignClasses classes, Assignments assignments, Actors actors,
                 Clock clock) {
        super("assign", Audience.roles(Role.TEACHER), State.class);
        this.tests = tests;
        this.school = school;
        this.classes = classes;
        this.assignments = assignments;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case TEST -> Window.of(State.class, this::tests)
                    .onButton(this::onTest)
                    .goesTo(State.CLASSES)
                    .finishes();
            case CLASSES -> Window.of(State.class, classes::screen)
                    .onButton(classes::onButton)
                    .goesTo(State.TEST, State.DUE)
                    .finishes();
            case DUE -> Window.of(State.class, this::due)
                    .onText(this::onTypedDue)
                    .onButton(this::onDue)
                    .goesTo(State.CLASSES, State.LIMITS)
                    .finishes();
            case LIMITS -> Window.of(State.class, AssignLimits::screen)
                    .onButton(this::onLimits)
                    .goesTo(State.DUE, State.CONFIRM)
                    .finishes();
            case CONFIRM -> Window.of(State.class, this::confirm)
                    .onButton(this::onConfirm)
                    .goesTo(State.LIMITS, State.DUE)
                    .finishes();
        };
    }

    private List<TestView> ownTests(Turn turn) {
        return tests.tests(actors.of(turn), PageRequest.first(MAX_TESTS)).items();
    }

    private Screen tests(Turn turn) {
        List<TestView> found = ownTests(turn);
        if (found.isEmpty()) {
            return Screen.of(turn.text("teaching.assign.no-tests")).row(Screen.choice(turn.text("teaching.button.close"), "close"));
        }
        Screen screen = Screen.of(turn.text("teaching.assign.choose-test"));
        for (TestView test : found) {
            screen = screen.row(Screen.choice(test.title(), "test:" + test.id()));
        }
        return screen.row(Screen.choice(turn.text("teaching.button.close"), "close"));
    }

    private Transition<State> onTest(Turn turn, String action) {
        if ("close".equals(action)) {
            return Transition.done(turn.text("teaching.assign.closed"));
        }
        TestView test = ownTests(turn).stream().filter(t -> action.equals("test:" + t.id())).findFirst().orElse(null);
        if (test == null) {
            return Transition.stay(turn.text("dialogs.unexpected"));
        }
        if (test.slots().isEmpty()) {
            return Transition.stay(turn.text("teaching.assign.test-empty", test.title()));
        }
        turn.put("test", test.id());
        turn.put("title", test.title());
        turn.put("classes", "");
        return Transition.switchTo(State.CLASSES);
    }

    private ZoneId zone(Turn turn) {
        return school.school(turn.account().orElseThrow().schoolId()).timezone();
    }

    private Screen due(Turn turn) {
        ZoneId zone = zone(turn);
        Instant now = clock.instant();
        Screen screen = Screen.of(turn.text("teaching.assign.choose-due", zone.getId()));
        for (int days : QUICK_DAYS) {
            Instant at = DueTimes.daysAhead(now, zone, days);
            screen = screen.row(Screen.choice(turn.text("teaching.assign.due.in-" + days, DueTimes.show(at, zone)),
                    "due:" + at.getEpochSecond()));
        }
        return screen.row(Screen.choice(turn.text("button.back"), "back"));
    }

    private Transition<State> onDue(Turn turn, String action) {
        if ("back".equals(action)) {
            return Transition.switchTo(State.CLASSES);
        }
        if (!action.startsWith("due:")) {
            return Transition.stay(turn.text("dialogs.unexpected"));
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(action.substring(4)));
        return chooseDue(turn, at);
    }

    private Transition<State> onTypedDue(Turn turn, String text) {
        ZoneId zone = zone(turn);
        return switch (DueTimes.parse(text, clock.instant(), zone)) {
            case DueTimes.Parsed.At at -> chooseDue(turn, at.instant());
            case DueTimes.Parsed.Past past -> Transition.stay(turn.text("teaching.assign.due-past", DueTimes.show(past.instant(), zone)));
            case DueTimes.Parsed.Unreadable ignored -> Transition.stay(turn.text("teaching.assign.due-unreadable"));
        };
    }

    private Transition<State> chooseDue(Turn turn, Instant at) {
        if (!at.isAfter(clock.instant())) {
            return Transition.stay(turn.text("teaching.assign.due-past", DueTimes.show(at, zone(turn))));
        }
        turn.put("due", at.getEpochSecond());
        return Transition.switchTo(State.LIMITS);
    }

    private Transition<State> onLimits(Turn turn, String action) {
        return switch (action) {
            case "back" -> Transition.switchTo(State.DUE);
            case "next" -> Transition.switchTo(State.CONFIRM);
            default -> AssignLimits.choose(turn, action) ? Transition.stay(null) : Transition.stay(turn.text("dialogs.unexpected"));
        };
    }

    private Screen confirm(Turn turn) {
        ZoneId zone = zone(turn);
        String classes = this.classes.chosenNames(turn);
        String limit = turn.get("limit") == null ? turn.text("teaching.assign.as-in-test")
                : turn.text("teaching.assign.minutes", Integer.parseInt(turn.get("limit")));
        String tries = turn.get("attempts") == null ? turn.text("teaching.assign.as-in-test") : turn.get("attempts");
        return Screen.of(turn.text("teaching.assign.confirm", turn.get("title"), classes,
                        DueTimes.show(dueAt(turn), zone), zone.getId(), limit, tries))
                .row(Screen.choice(turn.text("button.back"), "back"), Screen.choice(turn.text("teaching.button.assign"), "assign"));
    }

    private static Instant dueAt(Turn turn) {
        return Instant.ofEpochSecond(Long.parseLong(turn.get("due")));
    }

    private Transition<State> onConfirm(Turn turn, String action) {
        if ("back".equals(action)) {
            return Transition.switchTo(State.LIMITS);
        }
        if (!"assign".equals(action)) {
            return Transition.stay(turn.text("dialogs.unexpected"));
        }
        if (!dueAt(turn).isAfter(clock.instant())) {
            return Transition.switchTo(State.DUE);
        }
        List<Assignment> made = assignments.assignToClasses(actors.of(turn), new NewClassAssignment(
                Long.parseLong(turn.get("test")), List.copyOf(AssignClasses.chosen(turn)), dueAt(turn),
                turn.get("limit") == null ? null : Integer.valueOf(turn.get("limit")),
                turn.get("attempts") == null ? null : Integer.valueOf(turn.get("attempts"))));
        int students = made.stream().mapToInt(a -> a.studentIds().size()).sum();
        return Transition.done(turn.text("teaching.assign.done", turn.get("title"), students,
                DueTimes.show(dueAt(turn), zone(turn))));
    }
}
