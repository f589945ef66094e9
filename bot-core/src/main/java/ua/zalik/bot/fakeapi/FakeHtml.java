package ua.zalik.bot.fakeapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/** Telegram's HTML parse mode as the user sees it: checks tags like Telegram does and returns the plain text. */
final class FakeHtml {

    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");

    private FakeHtml() {
    }

    /** The rendered text; throws IllegalArgumentException with Telegram's kind of message when it would not parse. */
    static String render(String html) {
        StringBuilder text = new StringBuilder(html.length());
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    throw new IllegalArgumentException("Can't find end of the entity starting at byte offset " + i);
                }
                String inside = html.substring(i + 1, end).trim();
                boolean closing = inside.startsWith("/");
                String name = (closing ? inside.substring(1) : inside).split("[\\s=]", 2)[0].toLowerCase(Locale.ROOT);
                if (!TAGS.contains(name)) {
                    throw new IllegalArgumentException("Unsupported start tag \"" + name + "\" at byte offset " + i);
                }
                if (closing) {
                    if (open.isEmpty() || !open.peek().equals(name)) {
                        throw new IllegalArgumentException("Unmatched end tag at byte offset " + i
                                + ", expected \"</" + open.peek() + ">\", found \"</" + name + ">\"");
                    }
                    open.pop();
                } else {
                    open.push(name);
                }
                i = end + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String decoded = semi > i && semi - i <= 10 ? entity(html.substring(i + 1, semi)) : null;
                if (decoded == null) {
                    text.append(c);
                    i++;
                } else {
                    text.append(decoded);
                    i = semi + 1;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
        return text.toString();
    }

    private static String entity(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default -> numeric(name);
        };
    }

    private static String numeric(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
