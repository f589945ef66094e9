package ua.zalik.testing;

/** A question version asked at a position, with the first finished attempt (by student, then number) that asked it. */
record AskedVersion(int position, long questionId, int version, long studentId, int number) {
}
