package ua.zalik.observability;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTests {

    private final RequestIdFilter filter = new RequestIdFilter();

    @Test
    void logsOfARequestCarryItsIdAndTheResponseNamesIt() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/school"), response, chain(seen));

        assertThat(seen.get()).isNotBlank();
        assertThat(response.getHeader("X-Request-Id")).isEqualTo(seen.get());
        assertThat(MDC.get("request_id")).isNull(); // cleared for the thread's next request
    }

    @Test
    void keepsTheCallersIdWhenItIsSane() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/telegram/webhook");
        request.addHeader("X-Request-Id", "edge-1234abcd");
        filter.doFilter(request, new MockHttpServletResponse(), chain(seen));
        assertThat(seen.get()).isEqualTo("edge-1234abcd");
    }

    @Test
    void replacesAnIdThatCouldForgeLogLines() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/school");
        request.addHeader("X-Request-Id", "x\n{\"level\":\"ERROR\"}");
        filter.doFilter(request, new MockHttpServletResponse(), chain(seen));
        assertThat(seen.get()).doesNotContain("\n").hasSize(36);
    }

    private static FilterChain chain(AtomicReference<String> seen) {
        return (req, res) -> seen.set(MDC.get("request_id"));
    }
}
