package ua.zalik;

import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.zalik.users.InviteProperties;

import java.time.Clock;

/** MyBatis and Flyway settings every domain package relies on (docs/engineering.md). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InviteProperties.class)
class DomainConfiguration {

    /** Every package reads "now" from this clock; tests put a @Primary one they can move or fix (testsupport.TestClock). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ConfigurationCustomizer underscoreToCamelCase() {
        return configuration -> {
            configuration.setMapUnderscoreToCamelCase(true);
            configuration.setArgNameBasedConstructorAutoMapping(true);
            configuration.setObjectFactory(new RowObjectFactory());
        };
    }

    // each package numbers its own migrations (V1 users, V2 school, ...): a later V1_7 must still apply after V3_2
    @Bean
    FlywayConfigurationCustomizer outOfOrderMigrations() {
        return configuration -> configuration.outOfOrder(true);
    }
}
