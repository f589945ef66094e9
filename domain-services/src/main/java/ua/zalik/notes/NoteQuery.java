package ua.zalik.notes;

import java.util.Collection;
import java.util.List;

/**
 * What a list or search asks the database: the caller's notes plus those shared with them (class notes of
 * {@code classIds}, parent notes about {@code childIds}), narrowed by tags, subject, student, question and text.
 */
record NoteQuery(long schoolId, long accountId, Collection<Long> classIds, Collection<Long> childIds, boolean mineOnly,
                 List<String> tags, Long subjectId, Long studentId, Long questionId, String text, int limit, long offset) {
}
