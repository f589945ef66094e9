package ua.zalik.testing;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.List;

@Mapper
interface RosterMapper {

    RosterHeader header(long assignmentId);

    List<RosterRow> students(long assignmentId);

    AttemptTime attemptTime(long attemptId);

    List<SubjectResult> recentScores(@Param("studentId") long studentId, @Param("subjectId") long subjectId,
                                     @Param("limit") int limit);
}
