package ua.zalik.school;

public record Subject(long id, long schoolId, String name) {
}
