package ua.zalik.dialogs.engine;

/** A chat_context row as read under its lock. */
record StoredContext(String json, long version) {
}
