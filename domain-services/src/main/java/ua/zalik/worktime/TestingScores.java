package ua.zalik.worktime;

import org.springframework.stereotype.Component;
import ua.zalik.testing.Rosters;

import java.util.List;

/** The week report's scores beside the time: the student's latest graded tests in the subject. */
@Component
class TestingScores implements SubjectScores {

    private final Rosters rosters;

    TestingScores(Rosters rosters) {
        this.rosters = rosters;
    }

    @Override
    public List<SubjectScore> recent(long studentId, long subjectId, int limit) {
        return rosters.recentScores(studentId, subjectId, limit).stream()
                .map(result -> new SubjectScore(result.at(), result.percent().doubleValue())).toList();
    }
}
