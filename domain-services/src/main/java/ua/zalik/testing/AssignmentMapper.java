package ua.zalik.testing;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import ua.zalik.kernel.PageRequest;

import java.util.Collection;
import java.util.List;

/** Assignments, their recipients and overrides. */
@Mapper
interface AssignmentMapper {

    long insertAssignment(@Param("schoolId") long schoolId, @Param("ownerId") long ownerId, @Param("a") NewAssignment assignment);

    void insertStudents(@Param("assignmentId") long assignmentId, @Param("studentIds") Collection<Long> studentIds);

    StoredAssignment findAssignment(@Param("id") long id);

    List<Long> studentIds(@Param("assignmentId") long assignmentId);

    /** Locks the student's place in the assignment: starts of one student serialize on it. Null when not a recipient. */
    Long lockRecipient(@Param("assignmentId") long assignmentId, @Param("studentId") long studentId);

    Long claimNudge(@Param("assignmentId") long assignmentId, @Param("studentId") long studentId,
                    @Param("at") java.time.Instant at, @Param("notBefore") java.time.Instant notBefore);

    /**
     * A school's assignments filtered for the caller: all (null filters), or those owned by {@code ownerId} or given to
     * {@code classIds}, or those given to {@code studentIds}.
     */
    List<StoredAssignment> assignments(@Param("schoolId") long schoolId, @Param("ownerId") Long ownerId,
                                       @Param("classIds") Collection<Long> classIds,
                                       @Param("studentIds") Collection<Long> studentIds, @Param("page") PageRequest page);

    long countAssignments(@Param("schoolId") long schoolId, @Param("ownerId") Long ownerId,
                          @Param("classIds") Collection<Long> classIds, @Param("studentIds") Collection<Long> studentIds);

    void upsertOverride(@Param("o") StudentOverride override);

    List<StudentOverride> overrides(@Param("assignmentId") long assignmentId);

    StudentOverride findOverride(@Param("assignmentId") long assignmentId, @Param("studentId") long studentId);

    int deleteOverride(@Param("assignmentId") long assignmentId, @Param("studentId") long studentId);
}
