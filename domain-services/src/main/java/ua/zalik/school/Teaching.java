package ua.zalik.school;

/** A teacher teaches a subject to a class. */
public record Teaching(long teacherId, long classId, long subjectId) {
}
