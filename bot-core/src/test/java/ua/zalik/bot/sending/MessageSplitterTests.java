package ua.zalik.bot.sending;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MessageSplitterTests {

    @Test
    void shortTextStaysWhole() {
        assertThat(MessageSplitter.split("<b>hi</b>", 4096)).containsExactly("<b>hi</b>");
    }

    @Test
    void entitiesAreNeverCutEvenWithoutLineBreaks() {
        String html = "&amp;".repeat(30);

        List<String> parts = MessageSplitter.split(html, 12);

        assertThat(parts).allSatisfy(p -> assertThat(p).matches("(&amp;)+").hasSizeLessThanOrEqualTo(12));
        assertThat(String.join("", parts)).isEqualTo(html);
    }

    @Test
    void openTagsAreClosedAtTheCutAndReopenedAfter() {
        String html = "<b>bold <a href=\"https://x.ua\">link text that is long</a> tail</b>";

        List<String> parts = MessageSplitter.split(html, 40);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(40);
            assertThat(count(p, "<b>")).isEqualTo(count(p, "</b>"));
            assertThat(count(p, "<a ")).isEqualTo(count(p, "</a>"));
        });
        assertThat(String.join("", parts).replaceAll("<[^>]+>", "")).isEqualTo("bold link text that is long tail");
    }

    @Test
    void cutsAtALineBreakWhenOneIsNearTheLimit() {
        String html = "first line here\nsecond line that goes on";

        assertThat(MessageSplitter.split(html, 30)).containsExactly("first line here\n", "second line that goes on");
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
