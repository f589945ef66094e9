package ua.zalik.dialogs.engine;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ChatContextMapper {

    int insertIfAbsent(@Param("chatId") long chatId, @Param("json") String json);

    StoredContext lock(@Param("chatId") long chatId);

    /** 1 when the row still had {@code version}; the lock makes 0 a bug, not a race. */
    int save(@Param("chatId") long chatId, @Param("json") String json, @Param("version") long version);

    void insertPoll(@Param("pollId") String pollId, @Param("origin") PollOrigin origin);

    PollOrigin findPoll(@Param("pollId") String pollId);
}
