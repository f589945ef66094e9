package ua.zalik.dialogs.worktime;

import ua.zalik.school.Subject;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splits "homework maths" or "maths homework" into an activity and one of the school's subjects: the longest run of
 * words at either end naming exactly one subject (its name, or the start of it, three letters at least) is the subject,
 * the rest the activity. Without such a run it is all activity.
 */
record SubjectWords(String activity, Subject subject) {

    static SubjectWords split(String text, List<Subject> subjects) {
        String[] words = text == null || text.isBlank() ? new String[0] : text.strip().split("\\s+");
        for (int k = words.length; k >= 1; k--) {
            Subject atEnd = match(join(words, words.length - k, words.length), subjects);
            if (atEnd != null) {
                return new SubjectWords(orNull(join(words, 0, words.length - k)), atEnd);
            }
            Subject atStart = match(join(words, 0, k), subjects);
            if (atStart != null) {
                return new SubjectWords(orNull(join(words, k, words.length)), atStart);
            }
        }
        return new SubjectWords(orNull(String.join(" ", words)), null);
    }

    Long subjectId() {
        return subject == null ? null : subject.id();
    }

    private static Subject match(String phrase, List<Subject> subjects) {
        String wanted = phrase.toLowerCase(Locale.ROOT);
        List<Subject> exact = subjects.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        if (exact.size() == 1) {
            return exact.getFirst();
        }
        if (wanted.length() < 3) {
            return null;
        }
        List<Subject> starting = subjects.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).startsWith(wanted)).toList();
        return starting.size() == 1 ? starting.getFirst() : null;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", Arrays.copyOfRange(words, from, to));
    }

    private static String orNull(String text) {
        return text.isBlank() ? null : text;
    }
}
