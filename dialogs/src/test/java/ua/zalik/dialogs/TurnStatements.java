package ua.zalik.dialogs;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.ChatOutbox;
import ua.zalik.dialogs.engine.ContextStore;
import ua.zalik.dialogs.engine.DialogContext;
import ua.zalik.dialogs.engine.PollOrigin;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Counts the SQL statements MyBatis prepares during each chat turn (the context store's transaction, from the chat's
 * lock to its save), and those the turn's thread sends after it to forget its delivered replies: a load-independent
 * measure of what a turn costs, for query budgets in tests. Registered as a MyBatis plugin and as the wrapper of the
 * {@link ContextStore} and {@link ChatOutbox} beans, in tests only.
 */
@Component
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
public class TurnStatements implements Interceptor {

    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();
    private static final Map<Long, List<List<String>>> TURNS = new ConcurrentHashMap<>();
    private static final Map<Long, List<List<String>>> FORGETTING = new ConcurrentHashMap<>();
    private static final ThreadLocal<Long> CHAT = new ThreadLocal<>();

    /** The statement ids (mapper.method) of the chat's turns so far, oldest first. */
    public static List<List<String>> of(long chatId) {
        return List.copyOf(TURNS.getOrDefault(chatId, List.of()));
    }

    /** The statement ids of the chat's last turn. */
    public static List<String> last(long chatId) {
        List<List<String>> turns = of(chatId);
        if (turns.isEmpty()) {
            throw new AssertionError("no turn recorded for chat " + chatId);
        }
        return turns.getLast();
    }

    /** The statements each of the chat's turns sent after its commit to forget the replies it delivered. */
    public static List<List<String>> forgetting(long chatId) {
        return List.copyOf(FORGETTING.getOrDefault(chatId, List.of()));
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        List<String> statements = CURRENT.get();
        if (statements != null) {
            MappedStatement statement = (MappedStatement) SystemMetaObject.forObject(invocation.getTarget())
                    .getValue("delegate.mappedStatement");
            String id = statement.getId();
            statements.add(id.substring(id.lastIndexOf('.', id.lastIndexOf('.') - 1) + 1));
        }
        return invocation.proceed();
    }

    private static <T> T recording(long chatId, java.util.function.Supplier<T> turn) {
        return recording(chatId, TURNS, turn);
    }

    private static <T> T recording(long chatId, Map<Long, List<List<String>>> into, java.util.function.Supplier<T> turn) {
        List<String> statements = new ArrayList<>();
        CURRENT.set(statements);
        try {
            return turn.get();
        } finally {
            CURRENT.remove();
            into.computeIfAbsent(chatId, c -> java.util.Collections.synchronizedList(new ArrayList<>())).add(List.copyOf(statements));
        }
    }

    /** Wraps the application's context store so that each turn it runs is recorded. */
    @Component
    static class Recorder implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof ChatOutbox outbox) {
                return forgetting(outbox);
            }
            if (!(bean instanceof ContextStore store)) {
                return bean;
            }
            return new ContextStore() {
                @Override
                public List<ua.zalik.dialogs.engine.Effect> update(long chatId,
                        Function<DialogContext, Change> turn) {
                    CHAT.set(chatId); // the turn's thread then delivers its replies and forgets them
                    return recording(chatId, () -> store.update(chatId, turn));
                }

                @Override
                public void pollSent(String pollId, PollOrigin origin) {
                    store.pollSent(pollId, origin);
                }

                @Override
                public PollOrigin poll(String pollId) {
                    return store.poll(pollId);
                }
            };
        }

        private static ChatOutbox forgetting(ChatOutbox outbox) {
            return new ChatOutbox() {
                @Override
                public List<Long> keep(long chatId, List<ua.zalik.dialogs.engine.Effect> effects) {
                    return outbox.keep(chatId, effects);
                }

                @Override
                public void delivered(List<Long> ids) {
                    Long chat = CHAT.get();
                    if (chat == null) {
                        outbox.delivered(ids); // a sweep's, not a turn's
                        return;
                    }
                    recording(chat, FORGETTING, () -> {
                        outbox.delivered(ids);
                        return null;
                    });
                }

                @Override
                public void extend(List<Long> ids) {
                    outbox.extend(ids);
                }

                @Override
                public java.time.Duration lease() {
                    return outbox.lease();
                }
            };
        }
    }
}
