package ua.zalik.bot.intake;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.OffsetDateTime;
import java.util.List;

@Mapper
interface ProcessedUpdateMapper {

    /** 1 when this instance is the first to see the update (its body is kept), 0 when some instance already took it. */
    int markProcessed(@Param("updateId") long updateId, @Param("body") String body);

    /** 1 when this call marked it, 0 when it was handled before; joins the caller's transaction. */
    int markHandled(@Param("updateId") long updateId);

    /** Takes unhandled updates accepted (or last claimed) longer ago than the threshold, skipping rows others hold. */
    List<StaleUpdate> claimStale(@Param("olderThanMillis") long olderThanMillis, @Param("maxReplays") int maxReplays,
                                 @Param("limit") int limit);

    int purgeReceivedBefore(@Param("before") OffsetDateTime before);

    record StaleUpdate(long updateId, String body, int replays) {
    }
}
