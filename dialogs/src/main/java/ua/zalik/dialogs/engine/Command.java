package ua.zalik.dialogs.engine;

/** A command answered with one message and no state, like /help; an open dialog stays open behind it. */
public interface Command extends Entry {

    /** The reply as Telegram HTML; user-provided values go in as {@link Turn#text} arguments, which escapes them. */
    String reply(Turn turn);
}
