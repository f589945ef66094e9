package ua.zalik.worktime;

import java.time.LocalDate;
import java.util.List;

/** Each student's time in a class over a period. */
public record ClassReport(long classId, LocalDate from, LocalDate to, List<StudentTime> students) {

    public record StudentTime(long studentId, String fullName, long totalMinutes, List<Totals.SubjectTotal> subjects) {

        public StudentTime {
            subjects = List.copyOf(subjects);
        }
    }

    public ClassReport {
        students = List.copyOf(students);
    }
}
