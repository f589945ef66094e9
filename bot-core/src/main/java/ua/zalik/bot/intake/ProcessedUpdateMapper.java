package ua.zalik.bot.intake;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.OffsetDateTime;

@Mapper
interface ProcessedUpdateMapper {

    /** 1 when this instance is the first to see the update, 0 when some instance already took it. */
    int markProcessed(@Param("updateId") long updateId);

    int purgeReceivedBefore(@Param("before") OffsetDateTime before);
}
