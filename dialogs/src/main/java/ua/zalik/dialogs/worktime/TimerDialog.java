package ua.zalik.dialogs.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.school.Subject;
import ua.zalik.worktime.StartTimer;
import ua.zalik.worktime.TimeEntry;
import ua.zalik.worktime.WorktimeService;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /timer [activity] [subject]}: starts timing at once; without words it offers the school's subjects first. One
 * timer runs per person: starting another stops the running one, and the reply says so.
 */
@Component
class TimerDialog extends DeclaredDialog<TimerDialog.State> {

    enum State { PICK }

    static final int MAX_ACTIVITY = 100;
    private static final int SUBJECT_BUTTONS = 12;

    private final WorktimeService worktime;
    private final Timekeepers people;

    TimerDialog(WorktimeService worktime, Timekeepers people) {
        super("timer", Audience.roles(Role.STUDENT, Role.TEACHER), State.class);
        this.worktime = worktime;
        this.people = people;
    }

    @Override
    public Transition<State> open(Turn turn, String argument) {
        if (argument == null || argument.isBlank()) {
            return people.subjects(people.actor(turn)).isEmpty() ? start(turn, null, null) : Transition.switchTo(State.PICK);
        }
        return onText(turn, argument);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case PICK -> Window.of(State.class, this::pick)
                    .onText(this::onText)
                    .onButton(this::onButton)
                    .finishes();
        };
    }

    private Screen pick(Turn turn) {
        Screen screen = Screen.of(turn.text("worktime.timer.pick"));
        List<Subject> subjects = people.subjects(people.actor(turn));
        List<Screen.Choice> row = new ArrayList<>();
        for (Subject subject : subjects.subList(0, Math.min(SUBJECT_BUTTONS, subjects.size()))) {
            row.add(Screen.choice(subject.name(), "s:" + subject.id()));
            if (row.size() == 2) {
                screen = screen.row(row.toArray(Screen.Choice[]::new));
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            screen = screen.row(row.toArray(Screen.Choice[]::new));
        }
        return screen.row(Screen.choice(turn.text("worktime.button.no-subject"), "none"));
    }

    private Transition<State> onText(Turn turn, String text) {
        SubjectWords words = SubjectWords.split(text, people.subjects(people.actor(turn)));
        if (words.activity() != null && words.activity().length() > MAX_ACTIVITY) {
            return Transition.stay(turn.text("worktime.activity.too-long"));
        }
        return start(turn, words.activity(), words.subjectId());
    }

    private Transition<State> onButton(Turn turn, String action) {
        if ("none".equals(action)) {
            return start(turn, null, null);
        }
        if (action.startsWith("s:")) {
            long subjectId = Long.parseLong(action.substring(2));
            boolean known = people.subjects(people.actor(turn)).stream().anyMatch(s -> s.id() == subjectId);
            return known ? start(turn, null, subjectId) : Transition.stay(turn.text("dialogs.unexpected"));
        }
        return Transition.stay(turn.text("dialogs.unexpected"));
    }

    private Transition<State> start(Turn turn, String activity, Long subjectId) {
        Actor actor = people.actor(turn);
        Map<Long, String> subjects = people.subjectNames(actor);
        // the chat's turns run one at a time, so the timer read here is the one startTimer stops
        Optional<TimeEntry> before = worktime.runningTimer(actor);
        TimeEntry started = worktime.startTimer(actor, new StartTimer(activity, subjectId));
        String html = turn.text("worktime.timer.started", TimeTexts.html(TimeTexts.label(turn, started, subjects)));
        if (before.isPresent()) {
            TimeEntry stopped = before.get();
            html = turn.text("worktime.timer.switched", TimeTexts.html(TimeTexts.label(turn, stopped, subjects)),
                    TimeTexts.duration(turn, Duration.between(stopped.startedAt(), started.startedAt()))) + "\n" + html;
        }
        return Transition.done(html);
    }
}
