package ua.zalik.dialogs.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a window shows: Telegram HTML and rows of buttons, each naming the action its handler receives. Optionally the
 * message is protected from forwarding and saving, a photo goes before it, and a poll after it.
 */
public record Screen(String html, List<List<Choice>> rows, boolean protectContent, Photo photo, Poll poll, Resent resent) {

    /** A photo or document Telegram already has (a user sent it), sent again by its file id just before the message. */
    public record Resent(String fileId, boolean photo) {
    }

    /** An image to upload: its bytes and the file name Telegram gets with them ("week.png"). */
    public record Photo(String fileName, byte[] content) {
    }

    public Screen(String html, List<List<Choice>> rows, boolean protectContent, Photo photo, Poll poll) {
        this(html, rows, protectContent, photo, poll, null);
    }

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
        return new Screen(html, List.of(), false, null, null, null);
    }

    public Screen row(Choice... choices) {
        List<List<Choice>> more = new ArrayList<>(rows);
        more.add(List.of(choices));
        return new Screen(html, more, protectContent, photo, poll, resent);
    }

    /** Telegram's protect_content: the message can't be forwarded or saved (test questions). */
    public Screen protect() {
        return new Screen(html, rows, true, photo, poll, resent);
    }

    /** An image sent just before the message; the message then comes new instead of replacing a pressed one. */
    public Screen photo(byte[] image, String fileName) {
        return new Screen(html, rows, protectContent, new Photo(fileName, image), poll, resent);
    }

    public Screen poll(Poll sent) {
        return new Screen(html, rows, protectContent, photo, sent, resent);
    }

    /** A file the user sent before, sent again before the message (which then comes new). */
    public Screen resend(Resent file) {
        return new Screen(html, rows, protectContent, photo, poll, file);
    }

    public static Choice choice(String label, String action) {
        return new Choice(label, action);
    }
}
