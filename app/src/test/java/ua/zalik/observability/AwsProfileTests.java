package ua.zalik.observability;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AwsProfileTests {

    @Test
    void cloudWatchIsOnOnlyInTheAwsProfileAndReadsWhatTheLaunchTemplateGives() throws Exception {
        List<PropertySource<?>> documents = new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yml"));
        PropertySource<?> aws = documents.stream()
                .filter(d -> "aws".equals(d.getProperty("spring.config.activate.on-profile"))).findFirst().orElseThrow();

        assertThat(aws.getProperty("zalik.metrics.cloudwatch.enabled")).hasToString("true");
        assertThat(aws.getProperty("zalik.metrics.cloudwatch.namespace")).hasToString("Zalik");
        assertThat(aws.getProperty("zalik.sqs.queue-url")).hasToString("${ZALIK_SQS_QUEUE_URL:}");
        assertThat(aws.getProperty("zalik.telegram.mode")).hasToString("${TELEGRAM_MODE:webhook}");
        assertThat(documents.stream().filter(d -> d != aws))
                .allSatisfy(d -> assertThat(d.getProperty("zalik.metrics.cloudwatch.enabled")).isNull());
    }
}
