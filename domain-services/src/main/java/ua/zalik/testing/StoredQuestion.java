package ua.zalik.testing;

import java.math.BigDecimal;

/** A question row joined with one of its versions; {@code body} is JSON. */
record StoredQuestion(long id, long schoolId, long ownerId, long categoryId, int version, boolean deleted, String name,
                      String text, String type, String body, String generalFeedback, BigDecimal points, String imageKey,
                      boolean used) {
}
