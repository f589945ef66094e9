package ua.zalik.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import ua.zalik.school.SchoolService;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.QuestionBank;
import ua.zalik.testing.Tests;
import ua.zalik.users.UsersService;

import java.time.Clock;

/** Local profile only: a demo school on first start, and the logins printed once Zalik is ready. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "zalik.demo.seed", havingValue = "true")
class DemoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

    @Bean
    DemoSchool demoSchool(SchoolService school, UsersService users, QuestionBank bank, Tests tests, Assignments assignments,
                          Clock clock) {
        return new DemoSchool(school, users, new DemoQuizzes(bank, tests, assignments, clock));
    }

    @Bean
    ApplicationRunner seedDemoSchool(DemoSchool demo) {
        return args -> {
            if (!demo.exists()) {
                demo.seed();
            }
        };
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> printDemoLogins(Environment env) {
        return event -> log.info("""

                Zalik is ready: http://localhost:{}/
                Demo logins (password "{}"): {}
                """, env.getProperty("local.server.port", env.getProperty("server.port", "8080")), DemoSchool.PASSWORD,
                String.join(", ", DemoSchool.LOGINS));
    }
}
