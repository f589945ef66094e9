package ua.zalik.bot.sending;

import java.util.List;

/**
 * A poll to send. {@code quiz} makes Telegram show right/wrong after an answer, so send a quiz only when the
 * review policy allows the student to see the correct answer; otherwise a regular poll ({@code correctOptionId} null).
 */
public record OutgoingPoll(long chatId, String question, List<String> options, boolean quiz, Integer correctOptionId,
                           String explanation, Integer openPeriodSeconds, boolean protectContent,
                           OutgoingMessage.Priority priority) {

    public OutgoingPoll {
        options = List.copyOf(options);
        if (quiz && (correctOptionId == null || correctOptionId < 0 || correctOptionId >= options.size())) {
            throw new IllegalArgumentException("a quiz needs a correct option among its " + options.size());
        }
    }

    /** A non-anonymous regular poll: answers come back as POLL_ANSWER updates, nothing is revealed. */
    public static OutgoingPoll question(long chatId, String question, List<String> options) {
        return new OutgoingPoll(chatId, question, options, false, null, null, null, true,
                OutgoingMessage.Priority.INTERACTIVE);
    }

    public static OutgoingPoll quiz(long chatId, String question, List<String> options, int correctOptionId,
                                    String explanation) {
        return new OutgoingPoll(chatId, question, options, true, correctOptionId, explanation, null, true,
                OutgoingMessage.Priority.INTERACTIVE);
    }
}
