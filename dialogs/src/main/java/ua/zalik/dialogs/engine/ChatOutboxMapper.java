package ua.zalik.dialogs.engine;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.List;

@Mapper
interface ChatOutboxMapper {

    /** One insert for the turn's effects; the new rows' ids in the order of {@code effects}. */
    List<Long> keep(@Param("chatId") long chatId, @Param("effects") List<String> effects,
                    @Param("leaseMillis") long leaseMillis);

    int forget(@Param("ids") List<Long> ids);

    int extend(@Param("ids") List<Long> ids, @Param("leaseMillis") long leaseMillis);

    /**
     * Takes rows whose lease has passed, leasing them again: a chat's row only when none of its earlier rows is still
     * leased (by a live sender or another sweep), so a chat's replies go out in order; rows others hold are skipped.
     */
    List<Pending> claimDue(@Param("leaseMillis") long leaseMillis, @Param("maxAttempts") int maxAttempts,
                           @Param("limit") int limit);

    /** Rows a sweep claimed for the last time and never finished (its instance died too). */
    int dropExhausted(@Param("maxAttempts") int maxAttempts);

    /** {@code stale}: the chat had a later turn than the one that kept this row. */
    record Pending(long id, long chatId, String effect, int attempts, boolean stale) {
    }
}
