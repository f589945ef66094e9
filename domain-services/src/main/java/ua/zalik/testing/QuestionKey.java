package ua.zalik.testing;

/** One version of one question: what an attempt freezes and what the content cache holds. */
public record QuestionKey(long questionId, int version) {
}
