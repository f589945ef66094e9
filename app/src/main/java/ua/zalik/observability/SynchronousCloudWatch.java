package ua.zalik.observability;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataResponse;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Micrometer's CloudWatch registry asks for an async client, and the SDK's async HTTP clients are Netty and the AWS
 * CRT; this one answers the registry's only call, {@code putMetricData}, with the synchronous client over the JDK's
 * HttpURLConnection instead (no Netty HTTP in the jar, issue #10). The registry publishes from its own thread and
 * waits for each answer anyway.
 */
final class SynchronousCloudWatch implements CloudWatchAsyncClient {

    private final CloudWatchClient client;

    SynchronousCloudWatch(CloudWatchClient client) {
        this.client = client;
    }

    /** The JDK's HTTP client, named rather than found on the class path; a put takes well under the read timeout. */
    static UrlConnectionHttpClient.Builder http() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(30));
    }

    @Override
    public CompletableFuture<PutMetricDataResponse> putMetricData(PutMetricDataRequest request) {
        try {
            return CompletableFuture.completedFuture(client.putMetricData(request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        client.close();
    }
}
