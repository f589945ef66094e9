package ua.zalik.testing;

import java.util.List;
import java.util.Map;

/** Right answers to the questions of {@link TestingWorld}, given as a student would: in the positions shown. */
final class Answers {

    private static final Map<String, String> CAPITALS = Map.of("Ukraine", "Kyiv", "Poland", "Warsaw", "Czechia", "Prague",
            "Slovakia", "Bratislava");

    private Answers() {
    }

    static Response right(QuestionView view) {
        List<String> o = view.options();
        return switch (view.type()) {
            case SINGLE_CHOICE -> new Response.Choices(List.of(o.indexOf("Kyiv")));
            case MULTIPLE_CHOICE -> new Response.Choices(List.of(o.indexOf("2"), o.indexOf("3")));
            case TRUE_FALSE -> new Response.TrueFalse(true);
            case SHORT_ANSWER -> new Response.Text(" shevchenko ");
            case NUMERIC -> new Response.Text("3,14");
            case MATCHING -> new Response.Matches(view.prompts().stream().map(p -> o.indexOf(CAPITALS.get(p))).toList());
            case ORDERING -> new Response.Order(List.of(o.indexOf("one"), o.indexOf("two"), o.indexOf("three"), o.indexOf("four")));
            case ESSAY -> new Response.Text("An essay with a thesis.");
        };
    }

    static Response wrong(QuestionView view) {
        List<String> o = view.options();
        return switch (view.type()) {
            case SINGLE_CHOICE -> new Response.Choices(List.of(o.indexOf("Lviv")));
            case MULTIPLE_CHOICE -> new Response.Choices(List.of(o.indexOf("9")));
            case TRUE_FALSE -> new Response.TrueFalse(false);
            case SHORT_ANSWER, NUMERIC -> new Response.Text("no idea");
            case MATCHING -> new Response.Matches(view.prompts().stream().map(p -> o.indexOf("Vienna")).toList());
            case ORDERING -> new Response.Order(List.of(o.indexOf("four"), o.indexOf("three"), o.indexOf("two"), o.indexOf("one")));
            case ESSAY -> new Response.Text("");
        };
    }
}
