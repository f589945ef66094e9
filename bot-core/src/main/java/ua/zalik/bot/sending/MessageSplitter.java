package ua.zalik.bot.sending;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Cuts Telegram HTML into messages of at most {@code limit} characters: at a line break where it can, never inside
 * a tag or an entity, closing the tags open at the cut and opening them again in the next part.
 */
final class MessageSplitter {

    private MessageSplitter() {
    }

    static List<String> split(String html, int limit) {
        if (html.length() <= limit) {
            return List.of(html);
        }
        List<String> parts = new ArrayList<>();
        Deque<String[]> open = new ArrayDeque<>(); // {name, opening tag} innermost first
        int pos = 0;
        while (pos < html.length()) {
            String prefix = openers(open);
            Deque<String[]> stack = new ArrayDeque<>(open);
            int cut = -1;
            int lineCut = -1;
            Deque<String[]> cutStack = null;
            Deque<String[]> lineStack = null;
            int i = pos;
            while (i < html.length()) {
                int end = tokenEnd(html, i);
                Deque<String[]> after = new ArrayDeque<>(stack);
                apply(html.substring(i, end), after);
                if (prefix.length() + (end - pos) + closers(after).length() > limit) {
                    break;
                }
                stack = after;
                i = end;
                cut = i;
                cutStack = stack;
                if (html.charAt(i - 1) == '\n') {
                    lineCut = i;
                    lineStack = stack;
                }
            }
            if (i >= html.length()) {
                parts.add(prefix + html.substring(pos));
                break;
            }
            if (cut < 0) {
                throw new IllegalArgumentException("cannot split: a tag or entity alone is longer than " + limit);
            }
            if (lineCut > pos && lineCut - pos >= (cut - pos) / 2) {
                cut = lineCut;
                cutStack = lineStack;
            }
            parts.add(prefix + html.substring(pos, cut) + closers(cutStack));
            open = cutStack;
            pos = cut;
        }
        return parts;
    }

    /** End of the token at i: a whole tag, a whole entity, or one character (a surrogate pair kept whole). */
    private static int tokenEnd(String html, int i) {
        char c = html.charAt(i);
        if (c == '<') {
            int end = html.indexOf('>', i);
            return end < 0 ? html.length() : end + 1;
        }
        if (c == '&') {
            int semi = html.indexOf(';', i);
            if (semi > i && semi - i <= 10 && html.substring(i + 1, semi).matches("#?[xX]?[0-9a-zA-Z]+")) {
                return semi + 1;
            }
        }
        return Character.isHighSurrogate(c) && i + 1 < html.length() ? i + 2 : i + 1;
    }

    private static void apply(String token, Deque<String[]> stack) {
        if (!token.startsWith("<") || token.length() < 3) {
            return;
        }
        String inside = token.substring(1, token.length() - 1).trim();
        if (inside.startsWith("/")) {
            if (!stack.isEmpty()) {
                stack.pop();
            }
        } else {
            stack.push(new String[] {inside.split("[\\s=]", 2)[0].toLowerCase(Locale.ROOT), token});
        }
    }

    private static String openers(Deque<String[]> stack) {
        StringBuilder out = new StringBuilder();
        stack.descendingIterator().forEachRemaining(tag -> out.append(tag[1]));
        return out.toString();
    }

    private static String closers(Deque<String[]> stack) {
        StringBuilder out = new StringBuilder();
        stack.forEach(tag -> out.append("</").append(tag[0]).append('>'));
        return out.toString();
    }
}
