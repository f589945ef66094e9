package ua.zalik.embedded;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points the application at PostgreSQL, Redis and SQS before any bean is made: at the URLs given
 * (ZALIK_DB_URL, ZALIK_REDIS_URL, ZALIK_SQS_ENDPOINT), or else at embedded servers started here.
 */
public class EmbeddedServicesEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "zalikServices";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> props = new LinkedHashMap<>();
        String dbUrl = env.getProperty("zalik.db.url");
        if (hasText(dbUrl)) {
            props.put("spring.datasource.url", dbUrl);
            props.put("spring.datasource.username", env.getProperty("zalik.db.user", "zalik"));
            props.put("spring.datasource.password", env.getProperty("zalik.db.password", ""));
        } else if (env.getProperty("zalik.embedded.postgres", Boolean.class, false)) {
            Path dataDir = env.getProperty("zalik.embedded.persistent", Boolean.class, false)
                    ? Path.of(env.getProperty("zalik.data-dir", ".zalik")).toAbsolutePath().resolve("postgres")
                    : null;
            props.put("spring.datasource.url", EmbeddedPostgresServer.jdbcUrl(dataDir));
            props.put("spring.datasource.username", "postgres");
            props.put("spring.datasource.password", "");
        }
        if (!hasText(env.getProperty("zalik.redis.url")) && env.getProperty("zalik.embedded.redis", Boolean.class, false)) {
            props.put("zalik.redis.url", EmbeddedRedisServer.url());
        }
        if (!hasText(env.getProperty("zalik.sqs.endpoint")) && env.getProperty("zalik.embedded.sqs", Boolean.class, false)) {
            props.put("zalik.sqs.endpoint", EmbeddedSqsServer.endpoint());
        }
        if (!props.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource(SOURCE, props));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
