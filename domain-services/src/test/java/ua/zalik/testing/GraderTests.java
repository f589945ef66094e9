package ua.zalik.testing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class GraderTests {

    static final QuestionBody SINGLE = new QuestionBody.SingleChoice(List.of(
            new QuestionBody.Choice("Kyiv", 1.0, "right"), new QuestionBody.Choice("Lviv", 0.0, "no"),
            new QuestionBody.Choice("Kharkiv-ish", 0.5, "close")));
    static final QuestionBody MULTIPLE = new QuestionBody.MultipleChoice(List.of(
            new QuestionBody.Choice("2", 0.5, "prime"), new QuestionBody.Choice("3", 0.5, "prime"),
            new QuestionBody.Choice("4", -0.5, "not prime"), new QuestionBody.Choice("9", -1.0, "square")));
    static final QuestionBody TRUE_FALSE = new QuestionBody.TrueFalse(true, "yes", "no");
    static final QuestionBody SHORT = new QuestionBody.ShortAnswer(List.of(
            new QuestionBody.AcceptedAnswer("Shevchenko", 1.0, "right"),
            new QuestionBody.AcceptedAnswer("Taras *", 0.5, "first name only"),
            new QuestionBody.AcceptedAnswer("*", 0.0, "think of Kobzar")), false);
    static final QuestionBody SHORT_CASE = new QuestionBody.ShortAnswer(List.of(
            new QuestionBody.AcceptedAnswer("NaCl", 1.0, null)), true);
    static final QuestionBody NUMERIC = new QuestionBody.Numeric(List.of(
            new QuestionBody.NumericAnswer(new BigDecimal("3.14"), new BigDecimal("0.01"), 1.0, "pi"),
            QuestionBody.NumericAnswer.range(new BigDecimal("3"), new BigDecimal("3.5"), 0.5, "roughly")));
    static final QuestionBody MATCHING = new QuestionBody.Matching(List.of(
            new QuestionBody.Pair("Ukraine", "Kyiv"), new QuestionBody.Pair("Poland", "Warsaw"),
            new QuestionBody.Pair("Czechia", "Prague"), new QuestionBody.Pair("Slovakia", "Bratislava")), List.of("Vienna"));
    static final QuestionBody ORDERING = new QuestionBody.Ordering(List.of("one", "two", "three", "four"));

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("single: right", SINGLE, choices(0), 1.0, "right"),
                arguments("single: wrong", SINGLE, choices(1), 0.0, "no"),
                arguments("single: partial", SINGLE, choices(2), 0.5, "close"),
                arguments("single: two picked is wrong", SINGLE, choices(0, 1), 0.0, null),
                arguments("single: out of range", SINGLE, choices(7), 0.0, null),
                arguments("single: nothing", SINGLE, null, 0.0, null),
                arguments("multiple: all right ones", MULTIPLE, choices(0, 1), 1.0, "prime\nprime"),
                arguments("multiple: half", MULTIPLE, choices(1), 0.5, "prime"),
                arguments("multiple: negative fraction takes off", MULTIPLE, choices(0, 1, 2), 0.5, null),
                arguments("multiple: total clamped at 0", MULTIPLE, choices(0, 3), 0.0, null),
                arguments("multiple: all picked", MULTIPLE, choices(0, 1, 2, 3), 0.0, null),
                arguments("multiple: same pick twice counts once", MULTIPLE, choices(0, 0), 0.5, null),
                arguments("true/false: right", TRUE_FALSE, new Response.TrueFalse(true), 1.0, "yes"),
                arguments("true/false: wrong", TRUE_FALSE, new Response.TrueFalse(false), 0.0, "no"),
                arguments("true/false: wrong kind of response", TRUE_FALSE, text("true"), 0.0, null),
                arguments("short: exact", SHORT, text("Shevchenko"), 1.0, "right"),
                arguments("short: case-insensitive, trimmed", SHORT, text("  shevchenko "), 1.0, "right"),
                arguments("short: wildcard", SHORT, text("Taras   Hryhorovych"), 0.5, "first name only"),
                arguments("short: catch-all", SHORT, text("Franko"), 0.0, "think of Kobzar"),
                arguments("short: empty", SHORT, text("   "), 0.0, null),
                arguments("short: case-sensitive right", SHORT_CASE, text("NaCl"), 1.0, null),
                arguments("short: case-sensitive wrong case", SHORT_CASE, text("nacl"), 0.0, null),
                arguments("short: regex characters are literal", SHORT_CASE, text("N.Cl"), 0.0, null),
                arguments("numeric: exact with point", NUMERIC, text("3.14"), 1.0, "pi"),
                arguments("numeric: decimal comma", NUMERIC, text("3,14"), 1.0, "pi"),
                arguments("numeric: upper tolerance edge", NUMERIC, text("3.15"), 1.0, "pi"),
                arguments("numeric: lower tolerance edge", NUMERIC, text("3,13"), 1.0, "pi"),
                arguments("numeric: just past the edge falls to the range", NUMERIC, text("3.1501"), 0.5, "roughly"),
                arguments("numeric: range edge", NUMERIC, text("3.5"), 0.5, "roughly"),
                arguments("numeric: past the range", NUMERIC, text("3.5001"), 0.0, null),
                arguments("numeric: not a number", NUMERIC, text("pi"), 0.0, null),
                arguments("matching: all right", MATCHING, new Response.Matches(List.of(0, 1, 2, 3)), 1.0, null),
                arguments("matching: half right", MATCHING, new Response.Matches(List.of(0, 1, 3, 2)), 0.5, null),
                arguments("matching: distractor", MATCHING, new Response.Matches(List.of(4, 1, 2, 3)), 0.75, null),
                arguments("matching: unanswered prompt", MATCHING, new Response.Matches(List.of(0, -1, -1, -1)), 0.25, null),
                arguments("ordering: right", ORDERING, new Response.Order(List.of(0, 1, 2, 3)), 1.0, null),
                arguments("ordering: two swapped", ORDERING, new Response.Order(List.of(1, 0, 2, 3)), 0.5, null),
                arguments("ordering: reversed", ORDERING, new Response.Order(List.of(3, 2, 1, 0)), 0.0, null),
                arguments("ordering: incomplete", ORDERING, new Response.Order(List.of(0, 1, 2)), 0.0, null),
                arguments("ordering: repeated item", ORDERING, new Response.Order(List.of(0, 0, 2, 3)), 0.0, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void gradesEveryTypeByTheTable(String name, QuestionBody body, Response response, double fraction, String feedback) {
        Grader.Graded graded = Grader.grade(body, response);

        assertThat(graded.fraction()).isCloseTo(fraction, within(1e-9));
        if (feedback != null) {
            assertThat(graded.feedback()).isEqualTo(feedback);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("essays")
    void essaysWaitForATeacherUnlessLeftEmpty(String name, Response response, Double fraction) {
        assertThat(Grader.grade(new QuestionBody.Essay("look for a thesis"), response).fraction()).isEqualTo(fraction);
    }

    static Stream<Arguments> essays() {
        return Stream.of(arguments("written", text("An essay."), null), arguments("blank", text("  "), 0.0),
                arguments("unanswered", null, 0.0));
    }

    private static Response choices(Integer... indexes) {
        return new Response.Choices(List.of(indexes));
    }

    private static Response text(String text) {
        return new Response.Text(text);
    }
}
