package ua.zalik.testing;

import java.math.BigDecimal;

/** A test row; {@code review} is JSON. */
record StoredTest(long id, long schoolId, long ownerId, String title, Integer timeLimitMinutes, int attemptsAllowed,
                  String gradingMethod, boolean shuffleQuestions, boolean shuffleOptions, BigDecimal passPercent, String review,
                  String navigation) {
}
