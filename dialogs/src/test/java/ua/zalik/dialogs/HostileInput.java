package ua.zalik.dialogs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** What a hostile or clumsy user types and what a forged button carries (jqwik arbitraries), never Cyrillic. */
public final class HostileInput {

    private HostileInput() {
    }

    /** Texts: HTML, SQL-like, format strings, control and direction characters, emoji, junk commands, 4096+ chars. */
    public static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("<b>bold</b>", "<script>alert(1)</script>", "</i><a href=\"javascript:x\">", "&amp;&lt;",
                        "'; drop table dialogs.chat_context; --", "\" or 1=1 --", "%s%s%n{0}{1}", "${jndi:ldap://x}",
                        "\u0000\u0001\u001f", "\u202e\u202d", "🙂🙃💥", "/start ../../etc/passwd", "/tests junk",
                        "/cancel@OtherBot", "/nosuchcommand <b>", "/", "-1", "9".repeat(40)),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(200),
                Arbitraries.integers().between(4_000, 10_000).map("x"::repeat));
    }

    /** Callback data no render ever gave out: random, empty-ish, too long, or shaped like a real token. */
    public static Arbitrary<String> forgedTokens() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofLength(10),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(64),
                Arbitraries.of(" ", "null", "0", "../", "' or 1=1"));
    }

    public static boolean hasCyrillic(String text) {
        return text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }
}
