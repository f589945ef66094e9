package ua.zalik.dialogs.quiz;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A review goes into one edited message: too long, it ends after the last whole slot, never inside a tag. */
class ReviewTextTests {

    @Test
    void aLongReviewEndsAfterTheLastWholeSlot() {
        StringBuilder html = new StringBuilder("<b>Test submitted.</b>");
        for (int slot = 1; slot <= 100; slot++) {
            html.append("\n\n<b>").append(slot).append(".</b> ").append("x".repeat(60));
        }

        String fitted = ReviewText.fit(html.toString());

        assertThat(fitted.length()).isLessThanOrEqualTo(3803);
        assertThat(fitted).endsWith("x\n\n…").startsWith("<b>Test submitted.</b>");
        assertThat(ReviewText.fit("<b>short</b>")).isEqualTo("<b>short</b>");
    }
}
