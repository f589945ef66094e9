package ua.zalik;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ZalikApplication {

    public static void main(String[] args) {
        if ("json".equalsIgnoreCase(System.getenv("ZALIK_LOG_FORMAT"))) {
            System.setProperty("logging.structured.format.console", "ecs");
        }
        SpringApplication.run(ZalikApplication.class, args);
    }
}
