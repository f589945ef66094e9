package ua.zalik.testing.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One slot's figures as Moodle's quiz statistics report shows them. {@code facility} and {@code standardDeviation}
 * are fractions of the slot's max mark (0.6 is 60%); the discrimination index, discriminative efficiency and
 * effective weight are percents, as Moodle stores them. A figure is null where Moodle leaves it blank.
 */
public record ItemStatistics(int slot, int attempts, double maxMark, Double facility, Double standardDeviation,
                             Double discriminationIndex, Double discriminativeEfficiency, Double effectiveWeight,
                             Set<Flag> flags) {

    public ItemStatistics {
        // in declaration order, so a JSON list of flags does not shuffle between calls
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    public enum Flag {
        /** Stronger students scored lower on it than weaker ones: check the key and the wording. */
        NEGATIVE_DISCRIMINATION,
        /** Facility below 5%. */
        VERY_HARD,
        /** Facility above 95%. */
        VERY_EASY
    }
}
