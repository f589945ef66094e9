package ua.zalik.testing.exchange;

import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionFormat;
import ua.zalik.testing.QuestionBody.AcceptedAnswer;
import ua.zalik.testing.QuestionBody.Choice;
import ua.zalik.testing.QuestionBody.NumericAnswer;
import ua.zalik.testing.QuestionBody.Pair;
import ua.zalik.testing.QuestionDraft;
import ua.zalik.testing.exchange.ImportProblems.Problem;
import ua.zalik.testing.exchange.XmlTree.Element;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads the question types of Moodle XML that Zalik has, the way qformat_xml does. */
final class MoodleXmlReader {

    private static final String SUPPORTED = "multichoice, truefalse, shortanswer, numerical, matching, ordering, essay";

    private MoodleXmlReader() {
    }

    static List<ImportedQuestion> read(String xml) {
        ImportProblems problems = new ImportProblems(QuestionFormats.name(QuestionFormat.MOODLE_XML));
        Element quiz;
        try {
            quiz = XmlTree.parse(xml.startsWith("\uFEFF") ? xml.substring(1) : xml);
        } catch (Problem problem) {
            problems.add(problem);
            problems.throwIfAny();
            throw problem;
        }
        if (!quiz.name().equals("quiz")) {
            problems.add(quiz.line(), "import.xml.root", "<quiz>", "<" + ImportProblems.shown(quiz.name()) + ">");
            problems.throwIfAny();
        }
        List<ImportedQuestion> questions = new ArrayList<>();
        List<String> category = List.of();
        for (Element question : quiz.all("question")) {
            String type = question.attribute("type", "");
            try {
                if (type.equals("category")) {
                    category = CategoryPath.parse(question.childText("category"));
                } else {
                    questions.add(new ImportedQuestion(draft(question, type), category, question.line()));
                }
            } catch (Problem problem) {
                problems.add(problem);
            } catch (InvalidInputException invalid) {
                problems.add(question.line(), invalid);
            }
        }
        problems.throwIfAny();
        if (questions.isEmpty()) {
            throw problems.noQuestions();
        }
        return questions;
    }

    private static QuestionDraft draft(Element question, String type) {
        QuestionBody body = switch (type) {
            case "multichoice" -> choice(question);
            case "truefalse" -> trueFalse(question);
            case "shortanswer" -> shortAnswer(question);
            case "numerical" -> numeric(question);
            case "matching" -> matching(question);
            case "ordering" -> ordering(question);
            case "essay" -> new QuestionBody.Essay(formatted(question.child("graderinfo")));
            default -> throw new Problem(question.line(), "import.xml.type", ImportProblems.shown(type), SUPPORTED);
        };
        String grade = question.childText("defaultgrade").strip();
        BigDecimal points = null;
        if (!grade.isEmpty()) {
            try {
                points = Numbers.points(grade);
            } catch (NumberFormatException notNumber) {
                throw new Problem(question.child("defaultgrade").line(), "import.xml.grade", "defaultgrade", ImportProblems.shown(grade));
            }
        }
        List<String> tags = new ArrayList<>();
        Element tagList = question.child("tags");
        if (tagList != null) {
            tagList.all("tag").stream().map(tag -> tag.text().strip()).filter(tag -> !tag.isEmpty()).forEach(tags::add);
        }
        String text = formatted(question.child("questiontext"));
        return new QuestionDraft(plain(question.child("name")), text == null ? "" : text, body,
                formatted(question.child("generalfeedback")), points, tags);
    }

    private static QuestionBody choice(Element question) {
        List<Choice> options = new ArrayList<>();
        for (Element answer : question.all("answer")) {
            String text = formatted(answer);
            if (text == null) {
                throw new Problem(answer.line(), "import.needs-text.option");
            }
            options.add(new Choice(text, fraction(answer), formatted(answer.child("feedback"))));
        }
        // Moodle's trans_single: single unless <single> says false, 0 or nothing; a missing <single> means single
        Element single = question.child("single");
        String value = single == null ? "true" : single.text().strip();
        return value.equals("false") || value.equals("0") || value.isEmpty()
                ? new QuestionBody.MultipleChoice(options)
                : new QuestionBody.SingleChoice(options);
    }

    private static QuestionBody trueFalse(Element question) {
        Boolean answer = null;
        String feedbackTrue = null;
        String feedbackFalse = null;
        for (Element option : question.all("answer")) {
            String value = option.text().strip();
            if (value.equals("true")) {
                answer = fraction(option) == 1.0;
                feedbackTrue = formatted(option.child("feedback"));
            } else if (value.equals("false")) {
                feedbackFalse = formatted(option.child("feedback"));
            } else {
                throw new Problem(option.line(), "import.xml.true-false-text", "true", "false", ImportProblems.shown(value));
            }
        }
        if (answer == null) {
            throw new Problem(question.line(), "import.xml.true-false-answer", "true");
        }
        return new QuestionBody.TrueFalse(answer, feedbackTrue, feedbackFalse);
    }

    private static QuestionBody shortAnswer(Element question) {
        List<AcceptedAnswer> answers = new ArrayList<>();
        for (Element answer : question.all("answer")) {
            String text = answer.text().strip();
            if (text.isEmpty()) {
                throw new Problem(answer.line(), "import.needs-text.accepted-answer");
            }
            answers.add(new AcceptedAnswer(text, fraction(answer), formatted(answer.child("feedback"))));
        }
        return new QuestionBody.ShortAnswer(answers, question.childText("usecase").strip().equals("1"));
    }

    private static QuestionBody numeric(Element question) {
        List<NumericAnswer> answers = new ArrayList<>();
        for (Element answer : question.all("answer")) {
            String value = answer.text().strip();
            if (value.equals("*")) {
                throw new Problem(answer.line(), "import.xml.numeric-other", "*");
            }
            String tolerance = answer.childText("tolerance").strip();
            answers.add(new NumericAnswer(number(value, answer), tolerance.isEmpty() ? BigDecimal.ZERO : number(tolerance, answer),
                    fraction(answer), formatted(answer.child("feedback"))));
        }
        return new QuestionBody.Numeric(answers);
    }

    private static QuestionBody matching(Element question) {
        List<Pair> pairs = new ArrayList<>();
        List<String> distractors = new ArrayList<>();
        for (Element subquestion : question.all("subquestion")) {
            String prompt = formatted(subquestion);
            Element answerElement = subquestion.child("answer");
            String answer = answerElement == null ? "" : answerElement.text().strip();
            if (answer.isEmpty()) {
                throw new Problem(subquestion.line(), "import.xml.matching-answer", "<answer>");
            }
            if (prompt == null) {
                distractors.add(answer);
            } else {
                pairs.add(new Pair(prompt, answer));
            }
        }
        return new QuestionBody.Matching(pairs, distractors);
    }

    /** qtype_ordering keeps each item's right position in its fraction; items in file order when those are missing. */
    private static QuestionBody ordering(Element question) {
        List<Element> answers = new ArrayList<>(question.all("answer"));
        boolean positioned = answers.stream().allMatch(answer -> answer.attribute("fraction", "").strip().matches("\\d{1,9}(\\.\\d{1,9})?"));
        if (positioned) {
            answers.sort(Comparator.comparing(answer -> new BigDecimal(answer.attribute("fraction", "").strip())));
        }
        List<String> items = new ArrayList<>();
        for (Element answer : answers) {
            String item = formatted(answer);
            if (item == null) {
                throw new Problem(answer.line(), "import.needs-text.ordering-item");
            }
            items.add(item);
        }
        return new QuestionBody.Ordering(items);
    }

    private static double fraction(Element answer) {
        String fraction = answer.attribute("fraction", "0");
        try {
            double value = Numbers.fraction(fraction);
            if (value < -1 || value > 1) {
                throw new Problem(answer.line(), "import.xml.fraction-range", ImportProblems.shown(fraction));
            }
            return value;
        } catch (NumberFormatException notNumber) {
            throw new Problem(answer.line(), "import.xml.fraction-number", ImportProblems.shown(fraction));
        }
    }

    private static BigDecimal number(String value, Element answer) {
        try {
            return Numbers.decimal(value);
        } catch (NumberFormatException notNumber) {
            throw new Problem(answer.line(), "import.numeric-number", ImportProblems.shown(value));
        }
    }

    /** The element's text in its format (Moodle's default is html), as plain text; null when absent or empty. */
    private static String formatted(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.text();
        boolean html = element.attribute("format", "html").equals("html");
        return PlainText.emptyToNull(html ? PlainText.fromHtml(text) : text.strip());
    }

    private static String plain(Element element) {
        return element == null ? null : PlainText.emptyToNull(element.text().strip());
    }
}
