package ua.zalik;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The dialogs with the real intake, Sender and domain on this JVM's embedded PostgreSQL, talking to a fake Telegram. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
class DialogsTestApplication {

    @Bean
    SimpleMeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
