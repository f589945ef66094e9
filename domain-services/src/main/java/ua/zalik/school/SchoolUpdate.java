package ua.zalik.school;

import java.time.ZoneId;

/** What an admin may change of their school; null leaves a field as it is. */
public record SchoolUpdate(String name, ZoneId timezone, GradeScale gradeScale) {
}
