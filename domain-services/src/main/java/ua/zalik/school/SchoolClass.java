package ua.zalik.school;

public record SchoolClass(long id, long schoolId, String name, int grade, String academicYear) {
}
