package ua.zalik.dialogs.teaching;

import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Turn;

import java.util.ArrayList;
import java.util.List;

/** /assign's choice of a time limit and a number of attempts other than the test's, kept as "limit" and "attempts". */
final class AssignLimits {

    static final List<Integer> LIMITS = List.of(10, 20, 30, 45, 60);
    static final List<Integer> ATTEMPTS = List.of(1, 2, 3);

    private AssignLimits() {
    }

    static Screen screen(Turn turn) {
        String limit = turn.get("limit");
        String tries = turn.get("attempts");
        Screen screen = Screen.of(turn.text("teaching.assign.limits"));
        List<Screen.Choice> limitRow = new ArrayList<>();
        limitRow.add(Screen.choice(mark(limit == null) + turn.text("teaching.assign.as-in-test"), "limit:test"));
        for (int minutes : LIMITS) {
            limitRow.add(Screen.choice(mark(String.valueOf(minutes).equals(limit)) + turn.text("teaching.assign.minutes", minutes),
                    "limit:" + minutes));
        }
        screen = screen.row(limitRow.subList(0, 3).toArray(Screen.Choice[]::new))
                .row(limitRow.subList(3, limitRow.size()).toArray(Screen.Choice[]::new));
        List<Screen.Choice> attemptRow = new ArrayList<>();
        attemptRow.add(Screen.choice(mark(tries == null) + turn.text("teaching.assign.as-in-test"), "attempts:test"));
        for (int n : ATTEMPTS) {
            attemptRow.add(Screen.choice(mark(String.valueOf(n).equals(tries)) + turn.text("teaching.assign.attempts", n), "attempts:" + n));
        }
        return screen.row(attemptRow.toArray(Screen.Choice[]::new))
                .row(Screen.choice(turn.text("button.back"), "back"), Screen.choice(turn.text("teaching.button.next"), "next"));
    }

    /** Keeps a choice ("limit:20", "attempts:test"...); false for an action that is none of them. */
    static boolean choose(Turn turn, String action) {
        String[] parts = action.split(":", 2);
        if (parts.length != 2 || !List.of("limit", "attempts").contains(parts[0])) {
            return false;
        }
        List<Integer> allowed = "limit".equals(parts[0]) ? LIMITS : ATTEMPTS;
        if ("test".equals(parts[1])) {
            turn.remove(parts[0]);
            return true;
        }
        if (!parts[1].matches("\\d{1,4}") || !allowed.contains(Integer.valueOf(parts[1]))) {
            return false;
        }
        turn.put(parts[0], parts[1]);
        return true;
    }

    private static String mark(boolean on) {
        return on ? "✅ " : "";
    }
}
