package ua.zalik.dialogs.engine;

import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Function;

/**
 * One transaction per turn around a {@code select ... for update} of the chat's row: the facades a handler calls join
 * it, so a failing turn leaves neither business rows nor context behind. Sending waits until after the commit.
 */
final class PostgresContextStore implements ContextStore {

    private final ChatContextMapper contexts;
    private final TransactionTemplate transactions;

    PostgresContextStore(ChatContextMapper contexts, TransactionTemplate transactions) {
        this.contexts = contexts;
        this.transactions = transactions;
    }

    @Override
    public List<Effect> update(long chatId, Function<DialogContext, Change> turn) {
        return transactions.execute(status -> {
            StoredContext row = contexts.lock(chatId);
            if (row == null) {
                contexts.insertIfAbsent(chatId, ContextJson.write(DialogContext.empty()));
                row = contexts.lock(chatId);
            }
            DialogContext before = ContextJson.read(row.json(), row.version());
            Change change = turn.apply(before);
            if (!change.context().equals(before)
                    && contexts.save(chatId, ContextJson.write(change.context()), row.version()) != 1) {
                throw new IllegalStateException("chat " + chatId + " changed under its lock");
            }
            return change.effects();
        });
    }

    @Override
    public void pollSent(String pollId, PollOrigin origin) {
        contexts.insertPoll(pollId, origin);
    }

    @Override
    public PollOrigin poll(String pollId) {
        return contexts.findPoll(pollId);
    }
}
