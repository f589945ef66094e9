package ua.zalik.notify;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

@Mapper
interface ReminderMapper {

    void upsert(@Param("plan") ReminderPlan plan, @Param("payload") String payload);

    int planUnlessPending(@Param("plan") ReminderPlan plan, @Param("payload") String payload);

    int cancel(@Param("kind") String kind, @Param("subjectKey") String subjectKey);

    int cancelMatching(@Param("kind") String kind, @Param("subjectKeyPrefix") String subjectKeyPrefix);

    List<StoredReminder> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    void markFired(@Param("ids") List<Long> ids);
}
