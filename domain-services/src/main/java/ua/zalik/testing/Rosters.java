package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.school.GradeScale;
import ua.zalik.school.SchoolService;

import java.util.Optional;

/**
 * Who an assignment is for and how they stand, for work no person asks for (reminders, missed deadlines, released
 * results). Not for requests from outside: it checks no actor.
 */
@Service
public class Rosters {

    private final RosterMapper mapper;
    private final TestingJson json;
    private final SchoolService school;

    Rosters(RosterMapper mapper, TestingJson json, SchoolService school) {
        this.mapper = mapper;
        this.json = json;
        this.school = school;
    }

    @Transactional(readOnly = true)
    public Optional<Roster> roster(long assignmentId) {
        RosterHeader header = mapper.header(assignmentId);
        if (header == null) {
            return Optional.empty();
        }
        GradeScale scale = school.school(header.schoolId()).gradeScale();
        return Optional.of(new Roster(header.id(), header.schoolId(), header.ownerId(), header.classId(), header.title(),
                json.read(header.review(), ReviewPolicy.class), header.dueAt(), header.closesAt(),
                mapper.students(assignmentId).stream().map(row -> new Roster.Student(row.studentId(), row.dueAt(),
                        row.submitted(), row.percent(), row.percent() == null ? null : scale.grade(row.percent().doubleValue())))
                        .toList()));
    }

    /** When a finished attempt ran, and the subject of its test (null when its questions have none). */
    @Transactional(readOnly = true)
    public Optional<AttemptTime> attemptTime(long attemptId) {
        return Optional.ofNullable(mapper.attemptTime(attemptId));
    }

    /** Titles of the tests a student was due to hand in between the two times and has not. */
    @Transactional(readOnly = true)
    public java.util.List<String> missedBy(long studentId, java.time.Instant from, java.time.Instant to) {
        return mapper.missedBy(studentId, from, to);
    }

    /** A student's latest graded results in tests of a subject, newest first. */
    @Transactional(readOnly = true)
    public java.util.List<SubjectResult> recentScores(long studentId, long subjectId, int limit) {
        return mapper.recentScores(studentId, subjectId, limit);
    }

    @Transactional(readOnly = true)
    public Roster existing(long assignmentId) {
        return roster(assignmentId).orElseThrow(() -> new NotFoundException("assignment " + assignmentId + " not found"));
    }
}
