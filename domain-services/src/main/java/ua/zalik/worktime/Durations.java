package ua.zalik.worktime;

import ua.zalik.kernel.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration as people type it in chat: {@code 45m}, {@code 1h30m}, {@code 1.5h}, {@code 1,5 год}, {@code 2 год 15 хв},
 * {@code 1:30}, or a bare number of minutes. Whole minutes, more than none and at most a day.
 */
public final class Durations {

    public static final Duration MAX = Duration.ofHours(24);

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):([0-5]\\d)");
    private static final Pattern PART = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(hours|hour|hrs|hr|h|годин[иа]?|год|г|minutes|minute|mins|min|m|хвилин[иа]?|хв)?");

    private Durations() {
    }

    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(text);
        }
        String input = text.strip().toLowerCase(Locale.ROOT);
        Matcher clock = CLOCK.matcher(input);
        if (clock.matches()) {
            return checked(Duration.ofHours(Long.parseLong(clock.group(1))).plusMinutes(Long.parseLong(clock.group(2))), text);
        }
        Matcher part = PART.matcher(input);
        BigDecimal minutes = BigDecimal.ZERO;
        int at = 0;
        int parts = 0;
        boolean bare = false;
        while (at < input.length()) {
            if (Character.isWhitespace(input.charAt(at))) {
                at++;
                continue;
            }
            if (!part.find(at) || part.start() != at) {
                throw invalid(text);
            }
            BigDecimal amount = new BigDecimal(part.group(1).replace(',', '.'));
            String unit = part.group(2);
            bare |= unit == null;
            minutes = minutes.add(unit != null && isHours(unit) ? amount.multiply(BigDecimal.valueOf(60)) : amount);
            parts++;
            at = part.end();
            if (at < input.length() && Character.isLetter(input.charAt(at))) {
                throw invalid(text);
            }
        }
        if (parts == 0 || bare && parts > 1) {
            throw invalid(text);
        }
        return checked(Duration.ofMinutes(minutes.setScale(0, RoundingMode.HALF_UP).longValueExact()), text);
    }

    /** The shortest form {@link #parse} reads back: {@code 1h30m}, {@code 45m}, {@code 2h}. */
    public static String format(Duration duration) {
        long minutes = duration.toMinutes();
        long hours = minutes / 60;
        long rest = minutes % 60;
        return hours == 0 ? rest + "m" : rest == 0 ? hours + "h" : hours + "h" + rest + "m";
    }

    private static boolean isHours(String unit) {
        return unit.startsWith("h") || unit.startsWith("г");
    }

    private static Duration checked(Duration duration, String text) {
        if (duration.isZero() || duration.compareTo(MAX) > 0) {
            throw new InvalidInputException("a duration is more than 0 and at most 24 hours: " + text);
        }
        return duration;
    }

    private static InvalidInputException invalid(String text) {
        return new InvalidInputException("'" + text + "' is not a duration like 45m, 1h30m or 1.5h");
    }
}
