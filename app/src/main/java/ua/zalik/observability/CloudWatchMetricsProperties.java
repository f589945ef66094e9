package ua.zalik.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** Micrometer's CloudWatch registry, on in the aws profile only (Boot has no auto-configuration for it). */
@ConfigurationProperties("zalik.metrics.cloudwatch")
public record CloudWatchMetricsProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("Zalik") String namespace,
        @DefaultValue("1m") Duration step) {
}
