package ua.zalik.dialogs.settings;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Role;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.NotificationPreferences;
import ua.zalik.notify.NotifyService;
import ua.zalik.users.Account;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /settings}: which notifications come (the kinds of the account's roles, each a toggle), quiet hours and,
 * for parents, when the weekly digest comes.
 */
@Component
class SettingsDialog extends DeclaredDialog<SettingsDialog.State> {

    enum State { MAIN, QUIET, DIGEST_DAY, DIGEST_HOUR }

    private static final Map<Role, Set<NotificationKind>> KINDS = Map.of(
            Role.STUDENT, EnumSet.of(NotificationKind.NEW_ASSIGNMENT, NotificationKind.DUE_REMINDER, NotificationKind.NUDGE,
                    NotificationKind.RESULTS_RELEASED, NotificationKind.MISSED_DEADLINE, NotificationKind.NOTE_SHARED,
                    NotificationKind.TIMER_REMINDER, NotificationKind.GOAL_REACHED),
            Role.PARENT, EnumSet.of(NotificationKind.RESULTS_RELEASED, NotificationKind.MISSED_DEADLINE, NotificationKind.PARENT_DIGEST),
            Role.TEACHER, EnumSet.of(NotificationKind.MISSED_SUMMARY, NotificationKind.ASSIGNMENT_CLOSED,
                    NotificationKind.PARENT_QUESTION, NotificationKind.TIMER_REMINDER, NotificationKind.GOAL_REACHED),
            Role.ADMIN, EnumSet.noneOf(NotificationKind.class));
    /** Quiet-hour choices: from-to in whole hours, or off. */
    private static final List<String> QUIET = List.of("off", "21-7", "22-7", "23-8");
    private static final List<Integer> DIGEST_HOURS = List.of(8, 12, 16, 18, 19, 20);

    private final NotifyService notify;

    SettingsDialog(NotifyService notify) {
        super("settings", State.class);
        this.notify = notify;
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case MAIN -> Window.of(State.class, this::main)
                    .onButton(this::onMain)
                    .goesTo(State.QUIET, State.DIGEST_DAY)
                    .finishes();
            case QUIET -> Window.of(State.class, turn -> {
                        Screen screen = Screen.of(turn.text("settings.quiet.choose"));
                        for (String choice : QUIET) {
                            screen = screen.row(Screen.choice(turn.text("settings.quiet." + choice), choice));
                        }
                        return screen.row(Screen.choice(turn.text("button.back"), "back"));
                    })
                    .onButton((turn, action) -> {
                        if (QUIET.contains(action)) {
                            quiet(turn, action);
                            return Transition.switchTo(State.MAIN);
                        }
                        return "back".equals(action) ? Transition.switchTo(State.MAIN) : Transition.stay(turn.text("dialogs.unexpected"));
                    })
                    .goesTo(State.MAIN);
            case DIGEST_DAY -> Window.of(State.class, turn -> {
                        Screen screen = Screen.of(turn.text("settings.digest.day"));
                        List<Screen.Choice> row = new ArrayList<>();
                        for (DayOfWeek day : DayOfWeek.values()) {
                            row.add(Screen.choice(day.getDisplayName(TextStyle.SHORT, turn.locale()), day.name()));
                            if (row.size() == 4 || day == DayOfWeek.SUNDAY) {
                                screen = screen.row(row.toArray(Screen.Choice[]::new));
                                row.clear();
                            }
                        }
                        return screen.row(Screen.choice(turn.text("button.back"), "back"));
                    })
                    .onButton((turn, action) -> {
                        if ("back".equals(action)) {
                            return Transition.switchTo(State.MAIN);
                        }
                        try {
                            turn.put("day", DayOfWeek.valueOf(action).name());
                            return Transition.switchTo(State.DIGEST_HOUR);
                        } catch (IllegalArgumentException e) {
                            return Transition.stay(turn.text("dialogs.unexpected"));
                        }
                    })
                    .goesTo(State.MAIN, State.DIGEST_HOUR);
            case DIGEST_HOUR -> Window.of(State.class, turn -> Screen.of(turn.text("settings.digest.hour"))
                            .row(DIGEST_HOURS.stream().map(h -> Screen.choice(h + ":00", String.valueOf(h))).toArray(Screen.Choice[]::new))
                            .row(Screen.choice(turn.text("button.back"), "back")))
                    .onButton((turn, action) -> {
                        if ("back".equals(action)) {
                            return Transition.switchTo(State.DIGEST_DAY);
                        }
                        if (!DIGEST_HOURS.contains(Integer.valueOf(action.matches("\\d{1,2}") ? action : "-1"))) {
                            return Transition.stay(turn.text("dialogs.unexpected"));
                        }
                        notify.digest(account(turn).id(), DayOfWeek.valueOf(turn.get("day")), Integer.parseInt(action));
                        return Transition.switchTo(State.MAIN);
                    })
                    .goesTo(State.MAIN, State.DIGEST_DAY);
        };
    }

    private Screen main(Turn turn) {
        Account account = account(turn);
        NotificationPreferences prefs = notify.preferences(account.id());
        String quiet = prefs.quietFrom() == null ? turn.text("settings.quiet.none")
                : turn.text("settings.quiet.range", prefs.quietFrom().toString(), prefs.quietTo().toString());
        StringBuilder html = new StringBuilder(turn.text("settings.title")).append("\n\n")
                .append(turn.text("settings.quiet.now", new ua.zalik.dialogs.engine.Texts.Markup(quiet)));
        if (account.has(Role.PARENT)) {
            html.append('\n').append(turn.text("settings.digest.now",
                    prefs.digestDay().getDisplayName(TextStyle.FULL, turn.locale()), prefs.digestHour() + ":00"));
        }
        Screen screen = Screen.of(html.toString());
        for (NotificationKind kind : kinds(account)) {
            boolean on = !prefs.disabledKinds().contains(kind.name());
            screen = screen.row(Screen.choice((on ? "✅ " : "🔕 ") + turn.text("settings.kind." + kind.name()), "toggle:" + kind.name()));
        }
        screen = screen.row(Screen.choice(turn.text("settings.button.quiet"), "quiet"));
        if (account.has(Role.PARENT)) {
            screen = screen.row(Screen.choice(turn.text("settings.button.digest"), "digest"));
        }
        return screen.row(Screen.choice(turn.text("settings.button.done"), "done"));
    }

    private Transition<State> onMain(Turn turn, String action) {
        Account account = account(turn);
        if (action.startsWith("toggle:")) {
            NotificationKind kind = kinds(account).stream().filter(k -> action.equals("toggle:" + k.name())).findFirst().orElse(null);
            if (kind == null) {
                return Transition.stay(turn.text("dialogs.unexpected"));
            }
            notify.toggle(account.id(), kind);
            return Transition.stay(null);
        }
        return switch (action) {
            case "quiet" -> Transition.switchTo(State.QUIET);
            case "digest" -> account.has(Role.PARENT) ? Transition.switchTo(State.DIGEST_DAY) : Transition.stay(turn.text("dialogs.unexpected"));
            case "done" -> Transition.done(turn.text("settings.saved"));
            default -> Transition.stay(turn.text("dialogs.unexpected"));
        };
    }

    private void quiet(Turn turn, String choice) {
        long id = account(turn).id();
        if ("off".equals(choice)) {
            notify.quietHours(id, null, null);
        } else {
            String[] hours = choice.split("-");
            notify.quietHours(id, LocalTime.of(Integer.parseInt(hours[0]), 0), LocalTime.of(Integer.parseInt(hours[1]), 0));
        }
    }

    private static List<NotificationKind> kinds(Account account) {
        EnumSet<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        account.roles().forEach(role -> kinds.addAll(KINDS.get(role)));
        return List.copyOf(kinds);
    }

    private static Account account(Turn turn) {
        return turn.account().orElseThrow();
    }
}
