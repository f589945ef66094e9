package ua.zalik.notes;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A note row; tags come space-separated (a tag has no spaces). */
record StoredNote(long id, long schoolId, long authorId, String body, String tags, Long subjectId, String audience, Long studentId,
                  Long classId, Long questionId, String telegramFileId, String telegramFileKind, Instant createdAt,
                  Instant updatedAt) {

    Note toNote() {
        List<String> tagList = tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(" "));
        TelegramFile file = telegramFileId == null ? null : new TelegramFile(telegramFileId, TelegramFile.Kind.valueOf(telegramFileKind));
        return new Note(id, authorId, body, tagList, subjectId, Audience.valueOf(audience), studentId, classId, questionId, file,
                createdAt, updatedAt);
    }
}
