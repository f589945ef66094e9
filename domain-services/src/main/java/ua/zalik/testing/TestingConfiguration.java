package ua.zalik.testing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BlobProperties.class, StatisticsProperties.class})
class TestingConfiguration {

    /** Redis when {@code zalik.redis.url} is set, shared by all instances; else this process's memory. */
    @Bean
    ContentCache contentCache(Environment environment) {
        String redisUrl = environment.getProperty("zalik.redis.url");
        return StringUtils.hasText(redisUrl)
                ? new RedisContentCache(redisUrl, environment.getProperty("zalik.testing.cache-ttl", Duration.class, Duration.ofDays(7)))
                : new LocalContentCache(10_000);
    }

    @Bean
    BlobStore blobStore(BlobProperties properties, Environment environment) {
        Path dir = properties.dir() != null ? properties.dir()
                : Path.of(environment.getProperty("zalik.data-dir", ".zalik")).resolve("blobs");
        return new LocalBlobStore(dir);
    }
}
