package ua.zalik.worktime;

import java.time.LocalDate;
import java.util.List;

/**
 * Minutes spent from {@code from} to {@code to} (both included, school-local days): per day (entries split at local
 * midnight), per activity and per subject (a null subject id is time on no subject).
 */
public record Totals(LocalDate from, LocalDate to, long totalMinutes, List<DayTotal> days, List<ActivityTotal> activities,
                     List<SubjectTotal> subjects) {

    public record DayTotal(LocalDate date, long minutes) {
    }

    public record ActivityTotal(String activity, long minutes) {
    }

    public record SubjectTotal(Long subjectId, String subjectName, long minutes) {
    }

    public Totals {
        days = List.copyOf(days);
        activities = List.copyOf(activities);
        subjects = List.copyOf(subjects);
    }

    public long minutesOn(LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).mapToLong(DayTotal::minutes).sum();
    }

    public long minutesOnSubject(Long subjectId) {
        return subjects.stream().filter(s -> java.util.Objects.equals(s.subjectId(), subjectId)).mapToLong(SubjectTotal::minutes).sum();
    }
}
