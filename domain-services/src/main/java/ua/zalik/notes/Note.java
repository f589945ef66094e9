package ua.zalik.notes;

import java.time.Instant;
import java.util.List;

/** A note with its tags; {@code studentId} is the student it is about, {@code classId} the class it is shared with. */
public record Note(long id, long authorId, String text, List<String> tags, Long subjectId, Audience audience, Long studentId,
                   Long classId, Long questionId, TelegramFile file, Instant createdAt, Instant updatedAt) {

    public Note {
        tags = List.copyOf(tags);
    }
}
