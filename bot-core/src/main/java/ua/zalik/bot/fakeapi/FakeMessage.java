package ua.zalik.bot.fakeapi;

import java.util.List;

/** A message the bot sent, as the user sees it now (after edits): rendered text, the HTML it came as, its keyboard. */
public record FakeMessage(long chatId, int messageId, Kind kind, String text, String html,
                          List<List<Button>> keyboard, boolean protectContent, int edits,
                          Poll poll, String fileId, String fileName) {

    public enum Kind { TEXT, POLL, DOCUMENT, PHOTO }

    /** An inline button: callback data or a URL. */
    public record Button(String text, String callbackData, String url) {
    }

    public record Poll(String id, String question, List<String> options, Integer correctOptionId,
                       String explanation, boolean quiz, boolean closed) {
    }

    /** The buttons' texts row by row, handy in assertions. */
    public List<List<String>> buttonTexts() {
        return keyboard.stream().map(row -> row.stream().map(Button::text).toList()).toList();
    }

    /** The callback data of the button with this text, to press it. */
    public String callbackOf(String buttonText) {
        return keyboard.stream().flatMap(List::stream).filter(b -> b.text().equals(buttonText)).findFirst()
                .map(Button::callbackData)
                .orElseThrow(() -> new IllegalArgumentException("no button '" + buttonText + "' in " + buttonTexts()));
    }

    FakeMessage edited(String newText, String newHtml, List<List<Button>> newKeyboard) {
        return new FakeMessage(chatId, messageId, kind, newText, newHtml, newKeyboard, protectContent, edits + 1,
                poll, fileId, fileName);
    }

    FakeMessage withPoll(Poll newPoll) {
        return new FakeMessage(chatId, messageId, kind, text, html, keyboard, protectContent, edits, newPoll,
                fileId, fileName);
    }
}
