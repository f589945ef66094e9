package ua.zalik.testing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code zalik.testing.statistics.debounce}: how long after the first submit or grade the stored item analysis of an
 * assignment is computed again; every change within the window is covered by that one computation.
 */
@ConfigurationProperties("zalik.testing.statistics")
public record StatisticsProperties(Duration debounce) {

    public StatisticsProperties {
        if (debounce == null) {
            debounce = Duration.ofSeconds(30);
        }
        if (debounce.isNegative() || debounce.isZero()) {
            throw new IllegalArgumentException("zalik.testing.statistics.debounce must be positive");
        }
    }
}
