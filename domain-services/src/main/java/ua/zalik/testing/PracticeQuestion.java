package ua.zalik.testing;

import java.util.List;

/**
 * A question to practise as a Telegram quiz poll: {@code options} in stored order (empty for true/false, whose two
 * options the chat names in its language, true first), the right one's index and an explanation (may be null).
 */
public record PracticeQuestion(long questionId, QuestionType type, String text, List<String> options, int correct,
                               String explanation) {
}
