package ua.zalik.notes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code #алгебра}, {@code #Exam_2026}: letters, digits and underscores after a hash, lower-cased, in order of appearance. */
final class Hashtags {

    static final int MAX_LENGTH = 50;
    private static final Pattern TAG = Pattern.compile("(?<![\\p{L}\\p{N}_&])#([\\p{L}\\p{N}_]+)");

    private Hashtags() {
    }

    static List<String> in(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            tags.add(normalize(m.group(1)));
        }
        return List.copyOf(tags);
    }

    /** The words of a search query that are not hashtags. */
    static String withoutTags(String text) {
        return TAG.matcher(text).replaceAll(" ").trim().replaceAll("\\s+", " ");
    }

    static String normalize(String tag) {
        String bare = tag.startsWith("#") ? tag.substring(1) : tag;
        String lower = bare.toLowerCase(Locale.ROOT);
        return lower.length() > MAX_LENGTH ? lower.substring(0, MAX_LENGTH) : lower;
    }
}
