package ua.zalik.dialogs.quiz;

import ua.zalik.dialogs.engine.Turn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Small lists kept in a dialog's string data: "2,0,1". */
final class Picks {

    private Picks() {
    }

    static List<Integer> get(Turn turn, String key) {
        String value = turn.get(key);
        if (value == null || value.isEmpty()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.stream(value.split(",")).map(Integer::valueOf).toList());
    }

    static void put(Turn turn, String key, List<Integer> values) {
        turn.put(key, String.join(",", values.stream().map(String::valueOf).toList()));
    }

    static void add(Turn turn, String key, int value) {
        TreeSet<Integer> set = new TreeSet<>(get(turn, key));
        set.add(value);
        put(turn, key, List.copyOf(set));
    }

    /** The number in an action the dialog made itself ("c:2", "m:2/3"): the index after the colon. */
    static int index(String action) {
        String rest = action.substring(action.indexOf(':') + 1);
        int slash = rest.indexOf('/');
        return Integer.parseInt(slash < 0 ? rest : rest.substring(0, slash));
    }

    /** How many picks the step-by-step question needs: the number after the slash of "m:2/3". */
    static int needed(String action) {
        return Integer.parseInt(action.substring(action.indexOf('/') + 1));
    }
}
