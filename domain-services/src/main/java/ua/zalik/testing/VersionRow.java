package ua.zalik.testing;

import java.math.BigDecimal;

/** What one question version stores; {@code body} is JSON. */
record VersionRow(String name, String text, String type, String body, String generalFeedback, BigDecimal points, String imageKey) {
}
