package ua.zalik.testing.exchange;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Question texts are plain text in Zalik: HTML from Moodle is reduced to its text, line breaks kept. A single
 * forward scan, no regular expressions, so a hostile upload cannot make it backtrack for hours.
 */
final class PlainText {

    private static final Set<String> BREAKS_AFTER_CLOSE = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5",
            "h6", "pre", "blockquote", "table", "ul", "ol");
    private static final Set<String> SKIPPED = Set.of("script", "style");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "ndash", "–", "mdash", "—", "hellip", "…", "times", "×");

    private PlainText() {
    }

    static String fromHtml(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(html.length());
        int n = html.length();
        int i = 0;
        int nextClose = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<' && html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (c == '<' && i + 1 < n && isTagStart(html.charAt(i + 1)) && nextClose >= 0) {
                // remembered: once no '>' is left, every later '<' is text, without searching again
                nextClose = nextClose > i ? nextClose : html.indexOf('>', i + 1);
                int end = nextClose;
                if (end < 0) {
                    continue;
                }
                boolean closing = html.charAt(i + 1) == '/';
                String name = tagName(lower, closing ? i + 2 : i + 1, end);
                i = end + 1;
                if (!closing && SKIPPED.contains(name)) {
                    int close = lower.indexOf("</" + name, i);
                    int closeEnd = close < 0 ? -1 : html.indexOf('>', close);
                    i = closeEnd < 0 ? n : closeEnd + 1;
                } else if (name.equals("br") || closing && BREAKS_AFTER_CLOSE.contains(name)) {
                    out.append('\n');
                }
            } else if (c == '&') {
                i = entity(html, i, out);
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                out.append(' ');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return tidyLines(out);
    }

    private static boolean isTagStart(char c) {
        return c == '/' || c == '!' || c == '?' || Character.isLetter(c);
    }

    private static String tagName(String lower, int from, int end) {
        int to = from;
        while (to < end && Character.isLetterOrDigit(lower.charAt(to))) {
            to++;
        }
        return lower.substring(from, to);
    }

    /** Appends the character an entity stands for (or the & itself) and returns where to go on. */
    private static int entity(String html, int at, StringBuilder out) {
        int semicolon = -1;
        for (int j = at + 1; j < Math.min(html.length(), at + 11) && semicolon < 0; j++) {
            semicolon = html.charAt(j) == ';' ? j : -1;
        }
        if (semicolon > at + 1) {
            String name = html.substring(at + 1, semicolon);
            String named = ENTITIES.get(name);
            if (named != null) {
                out.append(named);
                return semicolon + 1;
            }
            if (name.startsWith("#")) {
                try {
                    int code = name.startsWith("#x") || name.startsWith("#X")
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                    if (Character.isValidCodePoint(code) && code != 0) {
                        out.appendCodePoint(code == 0xA0 ? ' ' : code);
                        return semicolon + 1;
                    }
                } catch (NumberFormatException notNumber) {
                    // not an entity after all: keep the text as written
                }
            }
        }
        out.append('&');
        return at + 1;
    }

    /** Runs of spaces become one, lines are stripped, empty lines dropped. */
    private static String tidyLines(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                StringBuilder line = new StringBuilder();
                for (int j = lineStart; j < i; j++) {
                    char c = text.charAt(j);
                    if (c != ' ' || !line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
                        line.append(c);
                    }
                }
                String clean = line.toString().strip();
                if (!clean.isEmpty()) {
                    out.append(out.isEmpty() ? "" : "\n").append(clean);
                }
                lineStart = i + 1;
            }
        }
        return out.toString();
    }

    /** Stripped, and without spaces at the end of any line (a copied text keeps none that matter). */
    static String stripLines(String text) {
        String stripped = text.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        int pending = 0;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == ' ' || c == '\t') {
                pending++;
                continue;
            }
            if (c != '\n') {
                out.append(stripped, i - pending, i);
            }
            pending = 0;
            out.append(c);
        }
        return out.toString();
    }

    static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
