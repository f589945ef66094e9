package ua.zalik.dialogs.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a window shows: Telegram HTML and rows of buttons, each naming the action its handler receives. Optionally the
 * message is protected from forwarding and saving, a photo goes before it, and a poll after it.
 */
public record Screen(String html, List<List<Choice>> rows, boolean protectContent, byte[] photo, Poll poll) {

    /** A button: its label and the action (never sent to Telegram; the button carries an opaque token). */
    public record Choice(String label, String action) {
    }

    /**
     * A poll sent after the message: {@code correct} makes it a quiz (null for a regular poll); its answers come back to
     * {@link Dialog#pollAnswered} with {@code tag}, whatever window is open then.
     */
    public record Poll(String question, List<String> options, Integer correct, String explanation, String tag) {
        public Poll {
            options = List.copyOf(options);
        }
    }

    public Screen {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static Screen of(String html) {
        return new Screen(html, List.of(), false, null, null);
    }

    public Screen row(Choice... choices) {
        List<List<Choice>> more = new ArrayList<>(rows);
        more.add(List.of(choices));
        return new Screen(html, more, protectContent, photo, poll);
    }

    /** Telegram's protect_content: the message can't be forwarded or saved (test questions). */
    public Screen protect() {
        return new Screen(html, rows, true, photo, poll);
    }

    /** An image sent just before the message; the message then comes new instead of replacing a pressed one. */
    public Screen photo(byte[] image) {
        return new Screen(html, rows, protectContent, image, poll);
    }

    public Screen poll(Poll sent) {
        return new Screen(html, rows, protectContent, photo, sent);
    }

    public static Choice choice(String label, String action) {
        return new Choice(label, action);
    }
}
