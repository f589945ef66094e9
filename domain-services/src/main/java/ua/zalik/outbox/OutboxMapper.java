package ua.zalik.outbox;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.List;

@Mapper
interface OutboxMapper {

    void insertEvent(@Param("type") String type, @Param("payload") String payload);

    List<StoredEvent> lockPending(@Param("limit") int limit);

    void markPublished(@Param("ids") List<Long> ids);

    Double oldestPendingSeconds();

    int claimEffect(@Param("key") String key);
}
