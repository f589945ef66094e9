package ua.zalik.testing.exchange;

import java.util.regex.Pattern;

/** Question texts are plain text in Zalik: HTML from Moodle is reduced to its text, line breaks kept. */
final class PlainText {

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>|</div\\s*>|</li\\s*>|</h[1-6]\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private PlainText() {
    }

    static String fromHtml(String html) {
        String text = SCRIPT.matcher(COMMENT.matcher(html).replaceAll("")).replaceAll("");
        text = text.replaceAll("\\s*\\R\\s*", " ");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = decodeEntities(text);
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String clean = SPACES.matcher(line).replaceAll(" ").strip();
            if (!clean.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(clean);
            }
        }
        return out.toString();
    }

    private static String decodeEntities(String text) {
        String named = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&apos;", "'").replace("&#39;", "'");
        String numeric = NUMERIC_ENTITY.matcher(named).replaceAll(match -> {
            int code = Integer.parseInt(match.group(2), match.group(1).isEmpty() ? 10 : 16);
            return Character.isValidCodePoint(code) ? java.util.regex.Matcher.quoteReplacement(Character.toString(code))
                    : match.group();
        });
        return numeric.replace("&amp;", "&");
    }

    static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
