package ua.zalik.notes;

/**
 * A note to write. Anyone writes a private note (optionally on a subject, or on a question they got wrong); a teacher
 * writes about a student of their class ({@link Audience#PRIVATE} or {@link Audience#PARENTS}) or shares with a class.
 */
public record NewNote(String text, Long subjectId, Audience audience, Long studentId, Long classId, Long questionId,
                      TelegramFile file) {

    public static NewNote privateNote(String text) {
        return new NewNote(text, null, Audience.PRIVATE, null, null, null, null);
    }

    public static NewNote onQuestion(String text, long questionId) {
        return new NewNote(text, null, Audience.PRIVATE, null, null, questionId, null);
    }

    public static NewNote aboutStudent(String text, long studentId, boolean parentsSee) {
        return new NewNote(text, null, parentsSee ? Audience.PARENTS : Audience.PRIVATE, studentId, null, null, null);
    }

    public static NewNote forClass(String text, long classId) {
        return new NewNote(text, null, Audience.CLASS, null, classId, null, null);
    }

    public NewNote withSubject(Long subject) {
        return new NewNote(text, subject, audience, studentId, classId, questionId, file);
    }

    public NewNote withFile(TelegramFile attached) {
        return new NewNote(text, subjectId, audience, studentId, classId, questionId, attached);
    }
}
