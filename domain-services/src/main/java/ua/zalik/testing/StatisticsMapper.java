package ua.zalik.testing;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;

/** Per-assignment and per-class figures, and the stored item analyses with the fingerprint they were computed from. */
@Mapper
interface StatisticsMapper {

    void ensureAssignmentRow(@Param("assignmentId") long assignmentId, @Param("now") Instant now);

    Long lockAssignmentRow(@Param("assignmentId") long assignmentId);

    void recomputeAssignment(@Param("assignmentId") long assignmentId, @Param("now") Instant now);

    void ensureClassRow(@Param("classId") long classId, @Param("now") Instant now);

    Long lockClassRow(@Param("classId") long classId);

    void recomputeClass(@Param("classId") long classId, @Param("now") Instant now);

    AssignmentStatistics assignmentStatistics(@Param("assignmentId") long assignmentId);

    ClassStatistics classStatistics(@Param("classId") long classId);

    String mark(@Param("assignmentId") long assignmentId);

    StoredAnalysis storedAnalysis(@Param("assignmentId") long assignmentId, @Param("selection") String selection);

    void saveAnalysis(@Param("assignmentId") long assignmentId, @Param("selection") String selection, @Param("mark") String mark,
                      @Param("report") String report, @Param("now") Instant now);
}
