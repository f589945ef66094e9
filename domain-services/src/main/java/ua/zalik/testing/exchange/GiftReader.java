package ua.zalik.testing.exchange;

import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionFormat;
import ua.zalik.testing.QuestionDraft;
import ua.zalik.testing.exchange.ImportProblems.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads GIFT the way Moodle's qformat_gift does, question by question, blank lines between questions. */
final class GiftReader {

    private static final Pattern TAG = Pattern.compile("\\[tag:([^\\[\\]]{1,100})]");
    private static final Pattern FORMAT = Pattern.compile("^\\s*\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);

    private final ImportProblems problems = new ImportProblems(QuestionFormats.name(QuestionFormat.GIFT));
    private List<String> category = List.of();

    List<ImportedQuestion> read(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (lines.length > 0 && lines[0].startsWith("\uFEFF")) {
            lines[0] = lines[0].substring(1);
        }
        List<ImportedQuestion> questions = new ArrayList<>();
        List<String> block = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].isBlank()) {
                if (!block.isEmpty()) {
                    readBlock(block, lineNumbers, tags, questions);
                }
                block.clear();
                lineNumbers.clear();
                tags.clear();
            } else if (lines[i].strip().startsWith("//")) {
                Matcher tag = TAG.matcher(lines[i]);
                while (tag.find()) {
                    tags.add(tag.group(1).strip());
                }
            } else {
                block.add(lines[i]);
                lineNumbers.add(i + 1);
            }
        }
        problems.throwIfAny();
        if (questions.isEmpty()) {
            throw problems.noQuestions();
        }
        return questions;
    }

    private void readBlock(List<String> block, List<Integer> lineNumbers, List<String> tags,
                           List<ImportedQuestion> questions) {
        String first = block.getFirst().strip();
        if (first.startsWith("$CATEGORY:")) {
            category = CategoryPath.parse(first.substring("$CATEGORY:".length()));
            if (block.size() == 1) {
                return;
            }
            block = block.subList(1, block.size());
            lineNumbers = lineNumbers.subList(1, lineNumbers.size());
        }
        GiftText text = new GiftText(String.join("\n", block), lineNumbers);
        try {
            QuestionDraft draft = question(text, tags);
            questions.add(new ImportedQuestion(draft, category, lineNumbers.getFirst()));
        } catch (Problem problem) {
            problems.add(problem);
        } catch (InvalidInputException invalid) {
            problems.add(lineNumbers.getFirst(), invalid);
        }
    }

    private QuestionDraft question(GiftText text, List<String> tags) {
        String s = text.escaped();
        int start = 0;
        while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        String name = null;
        if (s.startsWith("::", start)) {
            int end = s.indexOf("::", start + 2);
            if (end < 0) {
                throw new Problem(text.lineAt(start), "import.gift.title-open");
            }
            name = text.unescape(s.substring(start + 2, end)).strip();
            start = end + 2;
        }
        int open = s.indexOf('{', start);
        if (open < 0) {
            throw new Problem(text.lineAt(start), "import.gift.no-answers", "{ }", "\\{");
        }
        int close = s.indexOf('}', open);
        if (close < 0) {
            throw new Problem(text.lineAt(open), "import.gift.answers-open", "{", "}");
        }
        int nested = s.indexOf('{', open + 1);
        if (nested >= 0 && nested < close) {
            throw new Problem(text.lineAt(nested), "import.gift.nested-brace", "{", "\\{");
        }
        String after = s.substring(close + 1);
        int extra = Math.max(after.indexOf('{'), after.indexOf('}'));
        if (extra >= 0) {
            throw new Problem(text.lineAt(close + 1 + extra), "import.gift.one-block", "\\{", "\\}");
        }
        // text after the answers makes a missing-word question: Moodle puts a blank where the answers were
        String questionText = after.isBlank() ? s.substring(start, open) : s.substring(start, open) + "_____" + after;
        GiftAnswers answers = new GiftAnswers(text, GiftText.html(questionText, false), text.lineAt(open));
        String answerText = s.substring(open + 1, close);
        String generalFeedback = null;
        int general = answerText.indexOf("####");
        if (general >= 0) {
            generalFeedback = answers.clean(answerText.substring(general + 4));
            answerText = answerText.substring(0, general);
        }
        QuestionBody body = answers.body(answerText.strip());
        return new QuestionDraft(name, answers.cleanText(questionText), body, generalFeedback, null, tags);
    }

    /** The question's text with escaped characters hidden as private-use characters, so syntax splits ignore them. */
    static final class GiftText {

        private static final String SPECIAL = "\\~=#{}:";
        private static final char FIRST = '\uE000';

        private final String escaped;
        private final List<Integer> lineNumbers;

        GiftText(String raw, List<Integer> lineNumbers) {
            this.lineNumbers = List.copyOf(lineNumbers);
            StringBuilder out = new StringBuilder(raw.length());
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < raw.length()) {
                    char next = raw.charAt(i + 1);
                    int special = SPECIAL.indexOf(next);
                    if (special >= 0 || next == 'n') {
                        out.append(special >= 0 ? (char) (FIRST + special) : (char) (FIRST + SPECIAL.length()));
                        i++;
                        continue;
                    }
                }
                out.append(c);
            }
            this.escaped = out.toString();
        }

        String escaped() {
            return escaped;
        }

        String unescape(String part) {
            StringBuilder out = new StringBuilder(part.length());
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                int special = c - FIRST;
                if (special >= 0 && special < SPECIAL.length()) {
                    out.append(SPECIAL.charAt(special));
                } else if (special == SPECIAL.length()) {
                    out.append('\n');
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        int lineAt(int offset) {
            int line = 0;
            for (int i = 0; i < offset && i < escaped.length(); i++) {
                if (escaped.charAt(i) == '\n') {
                    line++;
                }
            }
            return lineNumbers.get(Math.min(line, lineNumbers.size() - 1));
        }

        /** Whether a part is HTML: its own [format] marker says so, or it has none and the question's format is. */
        static boolean html(String part, boolean inherited) {
            Matcher format = FORMAT.matcher(part);
            return format.find() ? format.group(1).toLowerCase(Locale.ROOT).equals("html") : inherited;
        }

        static boolean marked(String part) {
            return FORMAT.matcher(part).find();
        }

        static String withoutFormat(String part) {
            Matcher format = FORMAT.matcher(part);
            return format.find() ? part.substring(format.end()) : part;
        }
    }
}
