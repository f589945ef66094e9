package ua.zalik;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpService;
import software.amazon.awssdk.http.async.SdkAsyncHttpService;

import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #10: Apache HttpClient and Netty's HTTP stay out of the jar; SQS and CloudWatch speak through the JDK. */
class AwsHttpClientTests {

    @Test
    void theAwsSdkHasOnlyTheJdksHttpClientToChooseFrom() {
        assertThat(ServiceLoader.load(SdkHttpService.class).stream().map(p -> p.type().getName()))
                .containsExactly("software.amazon.awssdk.http.urlconnection.UrlConnectionSdkHttpService");
        assertThat(ServiceLoader.load(SdkAsyncHttpService.class).stream()).isEmpty();
    }
}
