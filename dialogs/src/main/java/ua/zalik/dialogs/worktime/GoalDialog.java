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
import ua.zalik.worktime.GoalProgress;
import ua.zalik.worktime.WorktimeService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /goal 10h}: the weekly study goal (a bare number is hours; 0 clears it); without a number, buttons offer some. */
@Component
class GoalDialog extends DeclaredDialog<GoalDialog.State> {

    enum State { ASK }

    static final int MAX_MINUTES = 7 * 24 * 60;
    private static final Pattern HOURS = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*(h|hours?|hrs?|год|годин[иа]?|г)?");
    private static final int[] OFFERED = {5, 10, 15, 20};

    private final WorktimeService worktime;
    private final Timekeepers people;

    GoalDialog(WorktimeService worktime, Timekeepers people) {
        super("goal", Audience.roles(Role.STUDENT, Role.TEACHER), State.class);
        this.worktime = worktime;
        this.people = people;
    }

    @Override
    public Transition<State> open(Turn turn, String argument) {
        return argument == null || argument.isBlank() ? Transition.switchTo(State.ASK) : onText(turn, argument);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case ASK -> Window.of(State.class, this::ask)
                    .onText(this::onText)
                    .onButton(this::onButton)
                    .finishes();
        };
    }

    private Screen ask(Turn turn) {
        Actor actor = people.actor(turn);
        GoalProgress goal = worktime.week(actor, actor.accountId(), null).goal();
        String html = turn.text("worktime.goal.ask");
        if (goal != null) {
            html += "\n" + turn.text("worktime.goal.current", TimeTexts.minutes(turn, goal.goalMinutes()));
        }
        Screen.Choice[] hours = new Screen.Choice[OFFERED.length];
        for (int i = 0; i < OFFERED.length; i++) {
            hours[i] = Screen.choice(turn.text("worktime.goal.button.hours", OFFERED[i]), "m:" + OFFERED[i] * 60);
        }
        Screen screen = Screen.of(html).row(hours);
        return goal == null ? screen : screen.row(Screen.choice(turn.text("worktime.goal.button.clear"), "m:0"));
    }

    private Transition<State> onButton(Turn turn, String action) {
        return action.startsWith("m:") ? set(turn, Integer.parseInt(action.substring(2)))
                : Transition.stay(turn.text("dialogs.unexpected"));
    }

    private Transition<State> onText(Turn turn, String text) {
        Integer minutes = minutes(text);
        return minutes == null ? Transition.stay(turn.text("worktime.goal.bad", text.strip())) : set(turn, minutes);
    }

    private Transition<State> set(Turn turn, int minutes) {
        Actor actor = people.actor(turn);
        worktime.setWeeklyGoal(actor, minutes);
        if (minutes == 0) {
            return Transition.done(turn.text("worktime.goal.cleared"));
        }
        GoalProgress goal = worktime.week(actor, actor.accountId(), null).goal();
        return Transition.done(turn.text("worktime.goal.set", TimeTexts.minutes(turn, minutes)) + "\n"
                + TimeTexts.goal(turn, goal));
    }

    /** Hours as a number ("10", "7,5 год", "10h") or a duration ("1h30m", "90m"); null unless 0 or 1 minute..168 hours. */
    static Integer minutes(String text) {
        String input = text.strip().toLowerCase(Locale.ROOT);
        Matcher hours = HOURS.matcher(input);
        long minutes;
        if (hours.matches()) {
            minutes = new BigDecimal(hours.group(1).replace(',', '.')).multiply(BigDecimal.valueOf(60))
                    .setScale(0, RoundingMode.HALF_UP).longValue();
        } else {
            try {
                minutes = Durations.parse(input).toMinutes();
            } catch (InvalidInputException notADuration) {
                return null;
            }
        }
        return minutes >= 0 && minutes <= MAX_MINUTES ? (int) minutes : null;
    }
}
