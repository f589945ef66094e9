package ua.zalik.testing;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Attempts and their answers. */
@Mapper
interface AttemptMapper {

    /** Inserts an attempt in progress and returns its row. */
    StoredAttempt insertAttempt(@Param("assignmentId") long assignmentId, @Param("studentId") long studentId, @Param("number") int number,
                       @Param("startedAt") Instant startedAt, @Param("deadlineAt") Instant deadlineAt,
                       @Param("layout") String layout, @Param("maxPoints") BigDecimal maxPoints);

    StoredAttempt findAttempt(@Param("id") long id);

    StoredAttempt lockAttempt(@Param("id") long id);

    /** The student's own attempt, locked; null when there is none or it is another student's. */
    StoredAttempt lockOwnAttempt(@Param("id") long id, @Param("studentId") long studentId);

    StoredAttempt inProgress(@Param("assignmentId") long assignmentId, @Param("studentId") long studentId);

    int countAttempts(@Param("assignmentId") long assignmentId, @Param("studentId") long studentId);

    /** Attempts of an assignment (one student's when {@code studentId} is given) by student and number. */
    List<StoredAttempt> attempts(@Param("assignmentId") long assignmentId, @Param("studentId") Long studentId);

    /** A student's attempts across assignments, newest first. */
    List<StoredAttempt> attemptsOfStudent(@Param("studentId") long studentId);

    /** The state change that makes a submit count once: only an attempt still in progress moves. */
    int markSubmitted(@Param("id") long id, @Param("at") Instant at, @Param("auto") boolean auto);

    void setResult(@Param("id") long id, @Param("state") String state, @Param("points") BigDecimal points);

    /** In-progress attempts past their deadline, locked for this sweeper; others' locks are skipped. */
    List<Long> lockOverdue(@Param("now") Instant now, @Param("limit") int limit);

    List<StoredAnswer> answers(@Param("attemptIds") Collection<Long> attemptIds);

    /** The answers of an assignment's finished attempts (one query whatever their number, unlike {@link #answers}). */
    List<StoredAnswer> answersOfAssignment(@Param("assignmentId") long assignmentId);

    /** Each answer's points of an assignment's finished attempts (the results table). */
    List<SlotPoints> pointsOfAssignment(@Param("assignmentId") long assignmentId);

    /** For item analysis: each finished attempt's marks inputs, streamed in (student, number) order. */
    void attemptMarks(@Param("assignmentId") long assignmentId, ResultHandler<AttemptMarksRow> handler);

    /** The question versions an assignment's finished attempts were asked, per position. */
    List<AskedVersion> askedVersions(@Param("assignmentId") long assignmentId);

    void markShown(@Param("attemptId") long attemptId, @Param("slots") Collection<Integer> slots, @Param("at") Instant at);

    /** Marks one slot shown (the first time counts) and returns its response, null when not answered yet. */
    String showSlot(@Param("attemptId") long attemptId, @Param("slot") int slot, @Param("at") Instant at);

    /** Saves a response; the same response again changes nothing, not even its answer time. */
    void saveResponse(@Param("attemptId") long attemptId, @Param("slot") int slot, @Param("response") String response,
                      @Param("at") Instant at);

    void saveGrade(@Param("attemptId") long attemptId, @Param("slot") int slot, @Param("fraction") Double fraction,
                   @Param("points") BigDecimal points, @Param("feedback") String feedback);

    void saveManualGrade(@Param("attemptId") long attemptId, @Param("slot") int slot, @Param("fraction") double fraction,
                         @Param("points") BigDecimal points, @Param("comment") String comment, @Param("gradedBy") long gradedBy);

    /** Answers of submitted attempts waiting for a teacher, of the given assignments or of a whole school. */
    List<StoredAnswer> pending(@Param("schoolId") long schoolId, @Param("assignmentId") Long assignmentId);
}
