package ua.zalik.testing.exchange;

import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionBody.AcceptedAnswer;
import ua.zalik.testing.QuestionBody.Choice;
import ua.zalik.testing.QuestionBody.NumericAnswer;
import ua.zalik.testing.QuestionBody.Pair;
import ua.zalik.testing.QuestionDraft;

import java.util.List;

/** Writes Moodle XML that Moodle's importer (with qtype_ordering installed for ordering) and ours read back. */
final class MoodleXmlWriter {

    private static final String PLAIN = "plain_text";

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");

    private MoodleXmlWriter() {
    }

    static String write(List<ExportedQuestion> questions) {
        MoodleXmlWriter writer = new MoodleXmlWriter();
        List<String> category = null;
        for (ExportedQuestion question : questions) {
            if (!question.category().equals(category)) {
                category = question.category();
                writer.category(category);
            }
            writer.question(question.draft());
        }
        return writer.out.append("</quiz>\n").toString();
    }

    private void category(List<String> category) {
        out.append("  <question type=\"category\">\n    <category>\n");
        text(6, CategoryPath.format(category));
        out.append("    </category>\n  </question>\n");
    }

    private void question(QuestionDraft draft) {
        out.append("  <question type=\"").append(type(draft.body())).append("\">\n    <name>\n");
        text(6, draft.name());
        out.append("    </name>\n");
        formatted(4, "questiontext", draft.text());
        formatted(4, "generalfeedback", draft.generalFeedback() == null ? "" : draft.generalFeedback());
        out.append("    <defaultgrade>").append(Numbers.plain(draft.points())).append("</defaultgrade>\n");
        out.append("    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n");
        body(draft.body());
        if (!draft.tags().isEmpty()) {
            out.append("    <tags>\n");
            draft.tags().forEach(tag -> {
                out.append("      <tag>\n");
                text(8, tag);
                out.append("      </tag>\n");
            });
            out.append("    </tags>\n");
        }
        out.append("  </question>\n");
    }

    private static String type(QuestionBody body) {
        return switch (body) {
            case QuestionBody.SingleChoice ignored -> "multichoice";
            case QuestionBody.MultipleChoice ignored -> "multichoice";
            case QuestionBody.TrueFalse ignored -> "truefalse";
            case QuestionBody.ShortAnswer ignored -> "shortanswer";
            case QuestionBody.Numeric ignored -> "numerical";
            case QuestionBody.Matching ignored -> "matching";
            case QuestionBody.Ordering ignored -> "ordering";
            case QuestionBody.Essay ignored -> "essay";
        };
    }

    private void body(QuestionBody body) {
        switch (body) {
            case QuestionBody.SingleChoice single -> choices(true, single.options());
            case QuestionBody.MultipleChoice multiple -> choices(false, multiple.options());
            case QuestionBody.TrueFalse trueFalse -> {
                answer(trueFalse.answer() ? 1 : 0, "true", trueFalse.feedbackTrue(), null);
                answer(trueFalse.answer() ? 0 : 1, "false", trueFalse.feedbackFalse(), null);
            }
            case QuestionBody.ShortAnswer shortAnswer -> {
                out.append("    <usecase>").append(shortAnswer.caseSensitive() ? 1 : 0).append("</usecase>\n");
                for (AcceptedAnswer answer : shortAnswer.answers()) {
                    answer(answer.fraction(), answer.text(), answer.feedback(), null);
                }
            }
            case QuestionBody.Numeric numeric -> {
                for (NumericAnswer answer : numeric.answers()) {
                    answer(answer.fraction(), answer.value().toPlainString(), answer.feedback(), answer.tolerance().toPlainString());
                }
                out.append("    <unitgradingtype>0</unitgradingtype>\n    <unitpenalty>0.1000000</unitpenalty>\n")
                        .append("    <showunits>3</showunits>\n    <unitsleft>0</unitsleft>\n");
            }
            case QuestionBody.Matching matching -> {
                out.append("    <shuffleanswers>true</shuffleanswers>\n");
                for (Pair pair : matching.pairs()) {
                    subquestion(pair.prompt(), pair.answer());
                }
                matching.distractors().forEach(answer -> subquestion("", answer));
            }
            case QuestionBody.Ordering ordering -> {
                out.append("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n")
                        .append("    <selectcount>0</selectcount>\n    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n")
                        .append("    <showgrading>SHOW</showgrading>\n    <numberingstyle>none</numberingstyle>\n");
                for (int i = 0; i < ordering.items().size(); i++) {
                    out.append("    <answer fraction=\"").append(i + 1).append("\" format=\"").append(PLAIN).append("\">\n");
                    text(6, ordering.items().get(i));
                    out.append("    </answer>\n");
                }
            }
            case QuestionBody.Essay essay -> {
                out.append("    <responseformat>editor</responseformat>\n    <responserequired>1</responserequired>\n")
                        .append("    <responsefieldlines>15</responsefieldlines>\n    <attachments>0</attachments>\n");
                formatted(4, "graderinfo", essay.graderInfo() == null ? "" : essay.graderInfo());
            }
        }
    }

    private void choices(boolean single, List<Choice> options) {
        out.append("    <single>").append(single).append("</single>\n")
                .append("    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n");
        options.forEach(option -> answer(option.fraction(), option.text(), option.feedback(), null));
    }

    private void answer(double fraction, String text, String feedback, String tolerance) {
        out.append("    <answer fraction=\"").append(Numbers.percent(fraction)).append("\" format=\"").append(PLAIN).append("\">\n");
        text(6, text);
        if (feedback != null) {
            formatted(6, "feedback", feedback);
        }
        if (tolerance != null) {
            out.append("      <tolerance>").append(tolerance).append("</tolerance>\n");
        }
        out.append("    </answer>\n");
    }

    private void subquestion(String prompt, String answer) {
        out.append("    <subquestion format=\"").append(PLAIN).append("\">\n");
        text(6, prompt);
        out.append("      <answer>\n");
        text(8, answer);
        out.append("      </answer>\n    </subquestion>\n");
    }

    private void formatted(int indent, String element, String text) {
        out.repeat(" ", indent).append('<').append(element).append(" format=\"").append(PLAIN).append("\">\n");
        text(indent + 2, text);
        out.repeat(" ", indent).append("</").append(element).append(">\n");
    }

    private void text(int indent, String text) {
        out.repeat(" ", indent).append("<text>");
        String safe = xmlCharacters(text);
        if (safe.indexOf('<') >= 0 || safe.indexOf('&') >= 0) {
            out.append("<![CDATA[").append(safe.replace("]]>", "]]]]><![CDATA[>")).append("]]>");
        } else {
            out.append(safe.replace(">", "&gt;"));
        }
        out.append("</text>\n");
    }

    /** Drops the control characters XML 1.0 cannot hold at all. */
    private static String xmlCharacters(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF)
                .forEach(safe::appendCodePoint);
        return safe.toString();
    }
}
