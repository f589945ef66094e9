package ua.zalik.worktime;

import java.util.List;

/** A student's recent scores in a subject, newest first, for the week report to show beside the time spent. */
public interface SubjectScores {

    List<SubjectScore> recent(long studentId, long subjectId, int limit);
}
