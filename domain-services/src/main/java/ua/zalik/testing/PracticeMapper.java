package ua.zalik.testing;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** A student's practice record, one row per question they have practised. */
@Mapper
interface PracticeMapper {

    List<PracticeRow> rows(@Param("studentId") long studentId);

    /** Asking a question puts it off for a while, so that "another one" brings a different question. */
    void asked(@Param("studentId") long studentId, @Param("questionId") long questionId, @Param("at") Instant at,
               @Param("dueAt") Instant dueAt);

    void answered(@Param("studentId") long studentId, @Param("questionId") long questionId, @Param("right") boolean right,
                  @Param("box") int box, @Param("at") Instant at, @Param("dueAt") Instant dueAt);

    PracticeRow find(@Param("studentId") long studentId, @Param("questionId") long questionId);
}
