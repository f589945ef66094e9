package ua.zalik.notes;

import ua.zalik.school.Subject;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Notes as Markdown: a heading per note with its date (school time) and subject, then the text as written. */
final class MarkdownExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MarkdownExport() {
    }

    static String render(List<Note> notes, List<Subject> subjects, ZoneId zone) {
        Map<Long, String> subjectNames = subjects.stream().collect(Collectors.toMap(Subject::id, Subject::name, (a, b) -> a));
        StringBuilder md = new StringBuilder("# Notes\n");
        for (Note note : notes) {
            md.append("\n## ").append(WHEN.format(note.createdAt().atZone(zone)));
            if (note.subjectId() != null) {
                md.append(" · ").append(subjectNames.getOrDefault(note.subjectId(), "subject " + note.subjectId()));
            }
            md.append("\n\n");
            if (!note.tags().isEmpty()) {
                md.append(note.tags().stream().map(t -> "`#" + t + "`").collect(Collectors.joining(" "))).append("\n\n");
            }
            if (note.file() != null) {
                md.append("_Attached ").append(note.file().kind().name().toLowerCase()).append(" in Telegram_\n\n");
            }
            md.append(note.text()).append('\n');
        }
        return md.toString();
    }
}
