package ua.zalik.observability;

import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

import java.time.Duration;

/**
 * Publishes Zalik's own meters ({@code zalik.*}) to CloudWatch, where infra's alarms and dashboard read them. Only
 * those: every other meter (JVM, Tomcat, HTTP) would be a paid custom metric per tag combination, and the ALB and
 * EC2 already report the same figures. Region and credentials come from the instance (AWS_REGION, instance role).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("zalik.metrics.cloudwatch.enabled")
class CloudWatchMetricsConfiguration {

    /** Meters with this prefix go to CloudWatch. */
    static final String PREFIX = "zalik.";

    @Bean(destroyMethod = "close")
    CloudWatchAsyncClient cloudWatchAsyncClient() {
        return new SynchronousCloudWatch(CloudWatchClient.builder().httpClientBuilder(SynchronousCloudWatch.http()).build());
    }

    @Bean
    CloudWatchMeterRegistry cloudWatchMeterRegistry(CloudWatchMetricsProperties properties, CloudWatchAsyncClient client) {
        return registry(properties, client, Clock.SYSTEM);
    }

    static CloudWatchMeterRegistry registry(CloudWatchMetricsProperties properties, CloudWatchAsyncClient client,
                                            Clock clock) {
        CloudWatchMeterRegistry registry = new CloudWatchMeterRegistry(config(properties), clock, client);
        registry.config()
                .meterFilter(MeterFilter.acceptNameStartsWith(PREFIX))
                .meterFilter(MeterFilter.deny())
                // alarms read sends per outcome; per Bot API method would multiply the metrics for nothing
                .meterFilter(dropTag("zalik.telegram.sends", "method"));
        return registry;
    }

    private static CloudWatchConfig config(CloudWatchMetricsProperties properties) {
        return new CloudWatchConfig() {
            @Override
            public String get(String key) {
                return null;
            }

            @Override
            public String namespace() {
                return properties.namespace();
            }

            @Override
            public Duration step() {
                return properties.step();
            }
        };
    }

    private static MeterFilter dropTag(String meter, String tag) {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().equals(meter)) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream().filter(t -> !t.getKey().equals(tag)).toList());
            }
        };
    }
}
