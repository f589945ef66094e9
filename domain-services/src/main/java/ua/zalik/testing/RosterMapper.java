package ua.zalik.testing;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.List;

@Mapper
interface RosterMapper {

    RosterHeader header(long assignmentId);

    List<RosterRow> students(long assignmentId);

    AttemptTime attemptTime(long attemptId);

    List<String> missedBy(@Param("studentId") long studentId, @Param("from") java.time.Instant from,
                          @Param("to") java.time.Instant to);

    List<SubjectResult> recentScores(@Param("studentId") long studentId, @Param("subjectId") long subjectId,
                                     @Param("limit") int limit);
}
