package ua.zalik.school;

import java.time.ZoneId;

public record School(long id, String name, ZoneId timezone, GradeScale gradeScale) {
}
