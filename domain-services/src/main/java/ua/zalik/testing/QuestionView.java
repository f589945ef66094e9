package ua.zalik.testing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question as a student sees it during an attempt: no fractions, feedback or correctness. {@code options} are the
 * choice options, matching answers or ordering items in the attempt's frozen order; {@code prompts} are the matching
 * prompts. A response is given and shown back in these positions ({@code response} is the one saved, or null).
 */
public record QuestionView(int slot, String text, QuestionType type, BigDecimal points, List<String> options,
                           List<String> prompts, boolean hasImage, Response response) {
}
