package ua.zalik.testing;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * A student's answer to one slot. Indexes always point into the question body's own lists (options, pairs'
 * answers, items) in their stored order, never into the shuffled order a student saw.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Response.Choices.class, name = "choices"),
        @JsonSubTypes.Type(value = Response.TrueFalse.class, name = "true_false"),
        @JsonSubTypes.Type(value = Response.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Response.Matches.class, name = "matches"),
        @JsonSubTypes.Type(value = Response.Order.class, name = "order")})
public sealed interface Response {

    /** Single choice (one index) and multiple choice (any indexes) options picked. */
    record Choices(List<Integer> chosen) implements Response {
        public Choices {
            chosen = List.copyOf(chosen);
        }
    }

    record TrueFalse(boolean value) implements Response {
    }

    /** Short answer, numeric (as typed, comma or point) and essay. */
    record Text(String text) implements Response {
    }

    /** For each pair's prompt (in stored order) the index of the answer picked among pairs' answers then distractors, or -1. */
    record Matches(List<Integer> answerForPrompt) implements Response {
        public Matches {
            answerForPrompt = List.copyOf(answerForPrompt);
        }
    }

    /** The stored item indexes in the order the student put them. */
    record Order(List<Integer> items) implements Response {
        public Order {
            items = List.copyOf(items);
        }
    }
}
