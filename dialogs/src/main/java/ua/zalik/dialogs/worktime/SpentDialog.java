package ua.zalik.dialogs.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.Role;
import ua.zalik.worktime.Durations;
import ua.zalik.worktime.ManualEntry;
import ua.zalik.worktime.TimeEntry;
import ua.zalik.worktime.WorktimeService;

import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * {@code /spent 45m maths homework}: time done without a timer, ending now. The duration comes first (up to four words:
 * "1 год 30 хв"), then the activity and subject in either order. What can't be read is answered and asked again.
 */
@Component
class SpentDialog extends DeclaredDialog<SpentDialog.State> {

    enum State { ASK }

    private static final int DURATION_WORDS = 4;
    private static final int SHOWN = 60;
    private static final Pattern UNIT = Pattern.compile(
            "(?iu)(h|hrs?|hours?|m|mins?|minutes?|г|год|годин[иау]?|хв|хвилин[иау]?)\\.?");

    private final WorktimeService worktime;
    private final Timekeepers people;

    SpentDialog(WorktimeService worktime, Timekeepers people) {
        super("spent", Audience.roles(Role.STUDENT, Role.TEACHER), State.class);
        this.worktime = worktime;
        this.people = people;
    }

    @Override
    public Transition<State> open(Turn turn, String argument) {
        return argument == null || argument.isBlank() ? Transition.switchTo(State.ASK) : record(turn, argument);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case ASK -> Window.of(State.class, turn -> Screen.of(turn.text("worktime.spent.ask")))
                    .onText(this::record)
                    .finishes();
        };
    }

    private Transition<State> record(Turn turn, String text) {
        String[] words = text.strip().split("\\s+");
        for (int k = Math.min(DURATION_WORDS, words.length); k >= 1; k--) {
            Duration duration = duration(String.join(" ", Arrays.copyOfRange(words, 0, k)));
            // "25 годин" is a day too long, not 25 minutes of "годин"
            if (duration != null && (k == words.length || !UNIT.matcher(words[k]).matches())) {
                return record(turn, duration, String.join(" ", Arrays.copyOfRange(words, k, words.length)));
            }
        }
        String shown = text.strip();
        return Transition.stay(turn.text("worktime.spent.bad", shown.length() > SHOWN ? shown.substring(0, SHOWN) + "…" : shown));
    }

    private Transition<State> record(Turn turn, Duration duration, String rest) {
        Actor actor = people.actor(turn);
        SubjectWords what = SubjectWords.split(rest, people.subjects(actor));
        if (what.activity() != null && what.activity().length() > TimerDialog.MAX_ACTIVITY) {
            return Transition.stay(turn.text("worktime.activity.too-long"));
        }
        TimeEntry entry = worktime.addEntry(actor, new ManualEntry(what.activity(), what.subjectId(), null, duration));
        long today = worktime.today(actor, actor.accountId()).totalMinutes();
        return Transition.done(turn.text("worktime.spent.done", TimeTexts.minutes(turn, duration.toMinutes()),
                TimeTexts.html(TimeTexts.label(turn, entry, people.subjectNames(actor))), TimeTexts.minutes(turn, today)));
    }

    /** Null when the words are not a duration the facade takes (more than none, at most a day). */
    private static Duration duration(String words) {
        try {
            return Durations.parse(words);
        } catch (InvalidInputException notADuration) {
            return null;
        }
    }
}
