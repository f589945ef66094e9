package ua.zalik.bot.sending;

/** What Telegram returned for a send: the message id to edit later, or why it was not delivered. */
public record SentMessage(long chatId, Integer messageId, Outcome outcome) {

    public enum Outcome { SENT, BLOCKED, FAILED }

    public boolean delivered() {
        return outcome == Outcome.SENT;
    }
}
