package ua.zalik.school;

public record NewClass(String name, int grade, String academicYear) {
}
