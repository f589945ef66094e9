package ua.zalik;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The domain's beans on the shared embedded PostgreSQL and ElasticMQ of this test JVM. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
class DomainTestApplication {

    @Bean
    SimpleMeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
