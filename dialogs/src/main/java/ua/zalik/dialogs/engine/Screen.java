package ua.zalik.dialogs.engine;

import java.util.ArrayList;
import java.util.List;

/** What a window shows: Telegram HTML and rows of buttons, each naming the action its handler receives. */
public record Screen(String html, List<List<Choice>> rows) {

    /** A button: its label and the action (never sent to Telegram; the button carries an opaque token). */
    public record Choice(String label, String action) {
    }

    public Screen {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static Screen of(String html) {
        return new Screen(html, List.of());
    }

    public Screen row(Choice... choices) {
        List<List<Choice>> more = new ArrayList<>(rows);
        more.add(List.of(choices));
        return new Screen(html, more);
    }

    public static Choice choice(String label, String action) {
        return new Choice(label, action);
    }
}
