package ua.zalik;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import java.util.HashMap;
import java.util.Map;

/**
 * The domain's facades in the benchmark driver, to seed schools and to time facade calls: no role (no relay, no
 * scheduler), no Telegram; in this package so MyBatis finds the mappers as it does in the app.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = {"ua\\.zalik\\.bot\\..*", "ua\\.zalik\\.bench\\..*"}))
public class BenchDomainApplication {

    /** Against the cluster's database ({@code migrate} false: the first instance migrated it) or a fresh one. */
    public static ConfigurableApplicationContext start(String jdbcUrl, boolean migrate) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("zalik.db.url", jdbcUrl);
        properties.put("zalik.db.user", "postgres");
        properties.put("zalik.embedded.postgres", "false");
        properties.put("zalik.embedded.sqs", "false");
        properties.put("zalik.embedded.redis", "false");
        properties.put("zalik.roles", "none");
        properties.put("zalik.blobs.dir", "bench/target/blobs");
        properties.put("spring.flyway.enabled", String.valueOf(migrate));
        properties.put("spring.datasource.hikari.maximum-pool-size", "16");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        SpringApplication app = new SpringApplication(BenchDomainApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(properties);
        return app.run();
    }
}
