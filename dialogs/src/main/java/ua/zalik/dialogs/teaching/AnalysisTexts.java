package ua.zalik.dialogs.teaching;

import ua.zalik.dialogs.engine.Texts;
import ua.zalik.testing.TestAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How an item analysis reads in chat: the questions worth a look, and the per-question table. */
public final class AnalysisTexts {

    static final int NAME_LENGTH = 60;
    static final int ROWS = 40;

    private AnalysisTexts() {
    }

    /** One plain line per flagged question ("Q7 “name”: discrimination below 0 — is the key right?"), nothing escaped. */
    public static List<String> flagged(Texts texts, Locale locale, TestAnalysis analysis) {
        List<String> lines = new ArrayList<>();
        for (TestAnalysis.QuestionStatistics question : analysis.questions()) {
            if (!question.flagNames().isEmpty()) {
                lines.add(texts.plain(locale, "teaching.analysis.flagged", name(texts, locale, question), flags(texts, locale, question)));
            }
        }
        return lines;
    }

    /** The per-question table as Telegram HTML, the title first. */
    static String table(Texts texts, Locale locale, String title, TestAnalysis analysis) {
        StringBuilder html = new StringBuilder(texts.text(locale, "teaching.analysis.title", title, analysis.analysed()));
        if (analysis.analysed() == 0) {
            return html.append('\n').append(texts.text(locale, "teaching.analysis.no-attempts")).toString();
        }
        if (analysis.meanTotal() != null) {
            html.append('\n').append(texts.text(locale, "teaching.analysis.mean", number(analysis.meanTotal()),
                    number(analysis.maxTotal())));
        }
        if (analysis.waitingForGrading() > 0) {
            html.append('\n').append(texts.text(locale, "teaching.analysis.waiting", analysis.waitingForGrading()));
        }
        List<TestAnalysis.QuestionStatistics> questions = analysis.questions();
        for (TestAnalysis.QuestionStatistics question : questions.subList(0, Math.min(ROWS, questions.size()))) {
            html.append('\n').append(texts.text(locale, "teaching.analysis.row", name(texts, locale, question),
                    question.facility() == null ? "—" : Math.round(question.facility() * 100) + "%",
                    question.discriminationIndex() == null ? "—" : number(question.discriminationIndex()) + "%"));
            if (!question.flagNames().isEmpty()) {
                html.append('\n').append(texts.text(locale, "teaching.analysis.row-flags", flags(texts, locale, question)));
            }
        }
        if (questions.size() > ROWS) {
            html.append('\n').append(texts.text(locale, "teaching.analysis.more", questions.size() - ROWS));
        }
        return html.toString();
    }

    /** "Q7 “name”", the name shortened; plain text. */
    static String name(Texts texts, Locale locale, TestAnalysis.QuestionStatistics question) {
        String number = String.valueOf(question.position() + 1);
        if (question.name() == null || question.name().isBlank()) {
            return texts.plain(locale, "teaching.analysis.question", number);
        }
        String name = question.name().strip();
        if (name.length() > NAME_LENGTH) {
            name = name.substring(0, NAME_LENGTH - 1) + "…";
        }
        return texts.plain(locale, "teaching.analysis.question.named", number, name);
    }

    private static String flags(Texts texts, Locale locale, TestAnalysis.QuestionStatistics question) {
        return String.join("; ", question.flagNames().stream()
                .map(flag -> texts.plain(locale, "teaching.analysis.flag." + flag)).toList());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }
}
