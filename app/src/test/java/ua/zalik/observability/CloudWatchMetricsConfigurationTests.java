package ua.zalik.observability;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.MockClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static java.nio.charset.StandardCharsets.UTF_8;

import static org.assertj.core.api.Assertions.assertThat;

class CloudWatchMetricsConfigurationTests {

    private final List<PutMetricDataRequest> published = new CopyOnWriteArrayList<>();
    private final MockClock clock = new MockClock();
    private final CloudWatchMeterRegistry registry = CloudWatchMetricsConfiguration.registry(
            new CloudWatchMetricsProperties(true, "Zalik", Duration.ofMinutes(1)), new RecordingClient(), clock);

    @Test
    void telegramSendsArriveAsTheCounterInfraAlarmsOn() {
        registry.counter("zalik.telegram.sends", "method", "sendMessage", "outcome", "rate_limited").increment();
        registry.counter("zalik.telegram.sends", "method", "sendPoll", "outcome", "rate_limited").increment(2);
        registry.counter("zalik.telegram.sends", "method", "sendMessage", "outcome", "sent").increment(5);
        publish();

        Map<String, Double> byOutcome = data().stream()
                .filter(d -> d.metricName().equals("zalik.telegram.sends.count"))
                .collect(Collectors.toMap(d -> dimension(d, "outcome"), MetricDatum::value));
        // the method tag is dropped, so both rate-limited calls add up in one metric
        assertThat(byOutcome).containsExactlyInAnyOrderEntriesOf(Map.of("rate_limited", 3.0, "sent", 5.0));
        assertThat(published).allSatisfy(r -> assertThat(r.namespace()).isEqualTo("Zalik"));
    }

    @Test
    void onlyZaliksOwnMetersArePublished() {
        registry.counter("jvm.gc.pause").increment();
        registry.counter("http.server.requests", "method", "GET").increment();
        registry.counter("zalik.events.consumed", "type", "AttemptSubmitted", "outcome", "handled").increment();
        publish();

        assertThat(data()).extracting(MetricDatum::metricName).containsExactly("zalik.events.consumed.count");
    }

    @Test
    void theRegistryExistsOnlyWhenTheAwsProfileTurnsItOn() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withSystemProperties("aws.region=eu-central-1")
                .withUserConfiguration(Properties.class, CloudWatchMetricsConfiguration.class);
        runner.run(context -> assertThat(context).doesNotHaveBean(CloudWatchMeterRegistry.class));
        runner.withPropertyValues("zalik.metrics.cloudwatch.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(CloudWatchMeterRegistry.class));
    }

    @Test
    void metersReachCloudWatchOverTheJdksHttpClient() throws IOException {
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer cloudWatch = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        cloudWatch.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
            }
            requests.add(URLDecoder.decode(new String(body, UTF_8), UTF_8));
            byte[] answer = ("<PutMetricDataResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">"
                    + "<ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></PutMetricDataResponse>").getBytes(UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        cloudWatch.start();
        MockClock ownClock = new MockClock();
        try (CloudWatchClient client = CloudWatchClient.builder()
                .httpClientBuilder(SynchronousCloudWatch.http())
                .endpointOverride(URI.create("http://127.0.0.1:" + cloudWatch.getAddress().getPort()))
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            CloudWatchMeterRegistry overHttp = CloudWatchMetricsConfiguration.registry(
                    new CloudWatchMetricsProperties(true, "Zalik", Duration.ofMinutes(1)), new SynchronousCloudWatch(client),
                    ownClock);
            overHttp.counter("zalik.events.consumed", "type", "AttemptSubmitted", "outcome", "handled").increment(4);
            ownClock.add(Duration.ofMinutes(1));
            overHttp.close();
        } finally {
            cloudWatch.stop(0);
        }

        assertThat(requests).singleElement().asString()
                .contains("Action=PutMetricData", "Namespace=Zalik", "MetricName=zalik.events.consumed.count", "Value=4.0");
    }

    @EnableConfigurationProperties(CloudWatchMetricsProperties.class)
    static class Properties {
    }

    private void publish() {
        clock.add(Duration.ofMinutes(1));
        registry.close(); // publishes what the step holds
    }

    private List<MetricDatum> data() {
        return published.stream().flatMap(r -> r.metricData().stream()).toList();
    }

    private static String dimension(MetricDatum datum, String name) {
        return datum.dimensions().stream().filter(d -> d.name().equals(name)).map(Dimension::value).findFirst().orElseThrow();
    }

    private final class RecordingClient implements CloudWatchAsyncClient {
        @Override
        public CompletableFuture<PutMetricDataResponse> putMetricData(PutMetricDataRequest request) {
            published.add(request);
            return CompletableFuture.completedFuture(PutMetricDataResponse.builder().build());
        }

        @Override
        public String serviceName() {
            return "cloudwatch";
        }

        @Override
        public void close() {
        }
    }
}
