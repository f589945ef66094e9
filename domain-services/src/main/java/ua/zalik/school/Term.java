package ua.zalik.school;

import java.time.LocalDate;

public record Term(long id, long schoolId, String name, LocalDate startsOn, LocalDate endsOn) {
}
