package ua.zalik.testing.exchange;

import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionFormat;
import ua.zalik.testing.QuestionBody.Choice;
import ua.zalik.testing.QuestionDraft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's Aiken format (docs.moodle.org/en/Aiken_format): single-choice questions, the text on its own lines,
 * then options {@code A)} or {@code A.}, then {@code ANSWER: B}. Cyrillic option letters (А, Б, В) work as well.
 */
public final class AikenFormat {

    private static final Pattern OPTION = Pattern.compile("^(\\p{Lu})[.)][ \\t]+(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private AikenFormat() {
    }

    /** @throws InvalidInputException naming the line of every problem; nothing is imported then */
    public static List<ImportedQuestion> read(String text) {
        ImportProblems problems = new ImportProblems(QuestionFormats.name(QuestionFormat.AIKEN));
        List<ImportedQuestion> questions = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        Pending pending = null;
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String current = lines[i].strip();
            if (current.isEmpty()) {
                continue;
            }
            Matcher option = OPTION.matcher(current);
            Matcher answer = ANSWER.matcher(current);
            if (answer.matches()) {
                if (pending == null) {
                    problems.add(line, "import.aiken.answer-first");
                } else {
                    pending.finish(answer.group(1).strip(), line, questions, problems);
                    pending = null;
                }
            } else if (option.matches() && pending != null) {
                pending.option(option.group(1), option.group(2).strip(), line, problems);
            } else if (option.matches()) {
                problems.add(line, "import.aiken.option-first");
            } else if (pending == null) {
                pending = new Pending(line, current);
            } else if (pending.letters.isEmpty()) {
                pending.text.append('\n').append(current);
            } else {
                problems.add(pending.line, "import.aiken.no-answer", "ANSWER: X");
                pending = new Pending(line, current);
            }
        }
        if (pending != null) {
            problems.add(pending.line, "import.aiken.no-answer", "ANSWER: X");
        }
        problems.throwIfAny();
        if (questions.isEmpty()) {
            throw problems.noQuestions();
        }
        return questions;
    }

    private static final class Pending {

        final int line;
        final StringBuilder text;
        final List<String> letters = new ArrayList<>();
        final List<String> options = new ArrayList<>();

        Pending(int line, String text) {
            this.line = line;
            this.text = new StringBuilder(text);
        }

        void option(String letter, String option, int at, ImportProblems problems) {
            if (letters.contains(letter)) {
                problems.add(at, "import.aiken.option-twice", letter);
            }
            if (option.isEmpty()) {
                problems.add(at, "import.aiken.option-text", letter);
            }
            letters.add(letter);
            options.add(option);
        }

        void finish(String answer, int at, List<ImportedQuestion> questions, ImportProblems problems) {
            int right = answer.length() == 1 ? letters.indexOf(answer.toUpperCase()) : -1;
            if (right < 0) {
                problems.add(at, "import.aiken.answer-letter", String.join(", ", letters), ImportProblems.shown(answer));
                return;
            }
            if (options.contains("")) {
                return;
            }
            List<Choice> choices = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                choices.add(new Choice(options.get(i), i == right ? 1 : 0, null));
            }
            try {
                QuestionDraft draft = new QuestionDraft(null, text.toString(), new QuestionBody.SingleChoice(choices),
                        null, null, null);
                questions.add(new ImportedQuestion(draft, List.of(), line));
            } catch (InvalidInputException invalid) {
                problems.add(line, invalid);
            }
        }
    }
}
