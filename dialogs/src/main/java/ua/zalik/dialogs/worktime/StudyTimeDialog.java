package ua.zalik.dialogs.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;
import ua.zalik.worktime.ClassReport;
import ua.zalik.worktime.WorktimeService;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /studytime [class]}: a teacher picks one of the classes they teach (only those) and sees each student's time
 * this week, school time, with the top subjects; buttons page to earlier weeks.
 */
@Component
class StudyTimeDialog extends DeclaredDialog<StudyTimeDialog.State> {

    enum State { CLASSES, CLASS }

    private static final int TOP_SUBJECTS = 3;

    private final WorktimeService worktime;
    private final SchoolService school;
    private final Timekeepers people;

    StudyTimeDialog(WorktimeService worktime, SchoolService school, Timekeepers people) {
        super("studytime", Audience.roles(Role.TEACHER), State.class);
        this.worktime = worktime;
        this.school = school;
        this.people = people;
    }

    @Override
    public Transition<State> open(Turn turn, String argument) {
        List<SchoolClass> classes = classes(turn);
        if (classes.isEmpty()) {
            return Transition.done(turn.text("worktime.studytime.no-classes"));
        }
        if (argument != null && !argument.isBlank()) {
            Optional<SchoolClass> named = classes.stream()
                    .filter(c -> c.name().equalsIgnoreCase(argument.strip())).findFirst();
            if (named.isEmpty()) {
                return Transition.stay(turn.text("worktime.studytime.not-yours", argument.strip()));
            }
            turn.put("class", named.get().id());
            return Transition.switchTo(State.CLASS);
        }
        if (classes.size() == 1) {
            turn.put("class", classes.getFirst().id());
            return Transition.switchTo(State.CLASS);
        }
        return Transition.switchTo(State.CLASSES);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case CLASSES -> Window.of(State.class, this::pick)
                    .onButton(this::onPick)
                    .goesTo(State.CLASS)
                    .finishes();
            case CLASS -> Window.of(State.class, this::report)
                    .onButton(this::onReport)
                    .goesTo(State.CLASSES)
                    .finishes();
        };
    }

    private Screen pick(Turn turn) {
        Screen screen = Screen.of(turn.text("worktime.studytime.pick"));
        for (SchoolClass c : classes(turn)) {
            screen = screen.row(Screen.choice(c.name(), "c:" + c.id()));
        }
        return screen.row(Screen.choice(turn.text("worktime.button.close"), "close"));
    }

    private Transition<State> onPick(Turn turn, String action) {
        if ("close".equals(action)) {
            return Transition.done(turn.text("worktime.closed"));
        }
        if (action.startsWith("c:") && taught(turn, Long.parseLong(action.substring(2)))) {
            turn.put("class", action.substring(2));
            turn.remove("back");
            return Transition.switchTo(State.CLASS);
        }
        return Transition.stay(turn.text("dialogs.unexpected"));
    }

    private Screen report(Turn turn) {
        long classId = Long.parseLong(turn.get("class"));
        if (!taught(turn, classId)) {
            // taught when picked; a teaching removed since then shows the list again, not the students
            return Screen.of(turn.text("worktime.studytime.no-classes")).row(Screen.choice(turn.text("worktime.button.close"), "close"));
        }
        int back = turn.get("back") == null ? 0 : Integer.parseInt(turn.get("back"));
        LocalDate monday = people.today(turn).minusWeeks(back).with(DayOfWeek.MONDAY);
        ClassReport report = worktime.classReport(people.actor(turn), classId, monday, monday.plusDays(6));
        String name = school.findClass(classId).map(SchoolClass::name).orElse("#" + classId);
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("worktime.studytime.title", name, TimeTexts.DAY.format(monday), TimeTexts.DAY.format(monday.plusDays(6))));
        if (report.students().isEmpty()) {
            lines.add(turn.text("worktime.studytime.empty"));
        }
        report.students().stream().sorted(Comparator.comparing(ClassReport.StudentTime::fullName, String.CASE_INSENSITIVE_ORDER))
                .forEach(s -> lines.add(student(turn, s)));
        Screen screen = Screen.of(String.join("\n", lines));
        List<Screen.Choice> paging = new ArrayList<>(List.of(Screen.choice(turn.text("worktime.week.button.previous"), "previous")));
        if (back > 0) {
            paging.add(Screen.choice(turn.text("worktime.week.button.next"), "next"));
        }
        screen = screen.row(paging.toArray(Screen.Choice[]::new));
        return classes(turn).size() > 1
                ? screen.row(Screen.choice(turn.text("worktime.studytime.button.classes"), "classes"),
                Screen.choice(turn.text("worktime.button.close"), "close"))
                : screen.row(Screen.choice(turn.text("worktime.button.close"), "close"));
    }

    private static String student(Turn turn, ClassReport.StudentTime s) {
        String subjects = s.subjects().stream().filter(t -> t.minutes() > 0).limit(TOP_SUBJECTS)
                .map(t -> TimeTexts.subject(turn, t.subjectId(), t.subjectName()) + " " + TimeTexts.minutes(turn, t.minutes()))
                .collect(Collectors.joining(", "));
        return subjects.isEmpty() ? turn.text("worktime.studytime.student", s.fullName(), TimeTexts.minutes(turn, s.totalMinutes()))
                : turn.text("worktime.studytime.student.subjects", s.fullName(), TimeTexts.minutes(turn, s.totalMinutes()), subjects);
    }

    private Transition<State> onReport(Turn turn, String action) {
        int back = turn.get("back") == null ? 0 : Integer.parseInt(turn.get("back"));
        switch (action) {
            case "previous" -> turn.put("back", Math.min(WeekDialog.MAX_WEEKS_BACK, back + 1));
            case "next" -> turn.put("back", Math.max(0, back - 1));
            case "classes" -> {
                return Transition.switchTo(State.CLASSES);
            }
            case "close" -> {
                return Transition.done(turn.text("worktime.closed"));
            }
            default -> {
                return Transition.stay(turn.text("dialogs.unexpected"));
            }
        }
        return Transition.stay(null);
    }

    private List<SchoolClass> classes(Turn turn) {
        return school.classIdsTaughtBy(people.id(turn)).stream().map(school::findClass).flatMap(Optional::stream)
                .sorted(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT))).toList();
    }

    private boolean taught(Turn turn, long classId) {
        return school.classIdsTaughtBy(people.id(turn)).contains(classId);
    }
}
