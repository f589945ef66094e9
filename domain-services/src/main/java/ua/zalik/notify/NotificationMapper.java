package ua.zalik.notify;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;

@Mapper
interface NotificationMapper {

    /** The new row's id, or null when a notification with the dedupe key exists. */
    Long insert(@Param("notice") Notice notice, @Param("args") String args, @Param("buttons") String buttons);

    StoredNotification lock(long id);

    void changeState(@Param("id") long id, @Param("state") String state, @Param("at") Instant at);
}
