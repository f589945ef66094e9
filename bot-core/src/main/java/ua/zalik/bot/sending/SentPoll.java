package ua.zalik.bot.sending;

/** A sent poll: its message (to stop it later) and the poll id that POLL_ANSWER updates will carry. */
public record SentPoll(SentMessage message, String pollId) {

    public boolean delivered() {
        return message.delivered();
    }
}
