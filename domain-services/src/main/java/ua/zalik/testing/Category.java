package ua.zalik.testing;

/** A folder of a teacher's question bank; {@code subjectId} and {@code parentId} may be null. */
public record Category(long id, long schoolId, long ownerId, Long subjectId, Long parentId, String name) {
}
