package ua.zalik.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.List;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueueProperties.class)
@ConditionalOnExpression("'${zalik.sqs.endpoint:}' != '' or '${zalik.sqs.queue-url:}' != ''")
class QueueConfiguration {

    /** The SDK's own default: ElasticMQ answers at once, SQS within its region. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** How much longer than the long poll a read may wait (30 s in all at the default 10 s wait, as the SDK's default). */
    private static final Duration READ_MARGIN = Duration.ofSeconds(20);

    @Bean(destroyMethod = "close")
    SqsClient sqsClient(QueueProperties properties) {
        // the JDK's HttpURLConnection, named here rather than found on the class path: Apache HttpClient and Netty
        // are left out of the jar (issue #10's memory); a receive's read outlasts its long poll
        SqsClientBuilder builder = SqsClient.builder().region(Region.of(properties.region()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(properties.receiveWait().plus(READ_MARGIN)));
        if (properties.endpoint() != null && !properties.endpoint().isBlank()) {
            // ElasticMQ accepts any credentials; AWS uses the instance role's
            builder.endpointOverride(URI.create(properties.endpoint()))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        }
        return builder.build();
    }

    @Bean
    EventQueue eventQueue(SqsClient sqs, QueueProperties properties) {
        return new EventQueue(sqs, properties);
    }

    @Bean
    QueueMetrics queueMetrics(MeterRegistry registry) {
        return new QueueMetrics(registry);
    }

    @Bean
    @ConditionalOnExpression("'${zalik.roles:api,bot,worker}'.contains('worker')")
    OutboxRelay outboxRelay(OutboxMapper mapper, EventQueue queue, TransactionTemplate transactions, QueueMetrics metrics) {
        return new OutboxRelay(mapper, queue, transactions, metrics);
    }

    @Bean
    @ConditionalOnExpression("'${zalik.roles:api,bot,worker}'.contains('worker')")
    EventConsumer eventConsumer(EventQueue queue, JsonMapper json, QueueMetrics metrics, List<EventHandler<?>> handlers) {
        return new EventConsumer(queue, json, metrics, handlers);
    }
}
