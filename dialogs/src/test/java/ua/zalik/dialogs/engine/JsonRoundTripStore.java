package ua.zalik.dialogs.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Keeps each chat's context only as its JSON, so every turn starts from what a restart would read back. */
final class JsonRoundTripStore implements ContextStore {

    private record Row(String json, long version) {
    }

    private final Map<Long, Row> rows = new HashMap<>();
    private final Map<String, PollOrigin> polls = new HashMap<>();
    private final java.util.Deque<RuntimeException> failures = new java.util.ArrayDeque<>();

    /** The next turns fail with these, one each, before they read anything (as a database that went away would). */
    synchronized void failNext(RuntimeException... next) {
        failures.addAll(List.of(next));
    }

    @Override
    public synchronized List<Effect> update(long chatId, Function<DialogContext, Change> turn) {
        if (!failures.isEmpty()) {
            throw failures.poll();
        }
        Row row = rows.getOrDefault(chatId, new Row(ContextJson.write(DialogContext.empty()), 0));
        DialogContext before = ContextJson.read(row.json(), row.version());
        Change change = turn.apply(before);
        if (!change.context().equals(before)) {
            rows.put(chatId, new Row(ContextJson.write(change.context()), row.version() + 1));
        }
        return change.effects();
    }

    @Override
    public synchronized void pollSent(String pollId, PollOrigin origin) {
        polls.putIfAbsent(pollId, origin);
    }

    @Override
    public synchronized PollOrigin poll(String pollId) {
        return polls.get(pollId);
    }

    synchronized DialogContext context(long chatId) {
        Row row = rows.get(chatId);
        return row == null ? DialogContext.empty() : ContextJson.read(row.json(), row.version());
    }
}
