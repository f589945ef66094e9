package ua.zalik.bot.fakeapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Routes /bot&lt;token&gt;/&lt;method&gt; and /file/bot&lt;token&gt;/&lt;path&gt;, applies limits and failures, records the call. */
final class FakeHttpHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(FakeHttpHandler.class);

    private final FakeOptions options;
    private final FakeMethods methods;
    private final FakeState state;
    private final FakeLimits limits;
    private final ObjectMapper json;

    FakeHttpHandler(FakeOptions options, FakeMethods methods, FakeState state, FakeLimits limits, ObjectMapper json) {
        this.options = options;
        this.methods = methods;
        this.state = state;
        this.limits = limits;
        this.json = json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String filePrefix = "/file/bot" + options.token() + "/";
            String methodPrefix = "/bot" + options.token() + "/";
            if (path.startsWith(filePrefix)) {
                download(exchange, path.substring(filePrefix.length()));
            } else if (path.startsWith(methodPrefix)) {
                method(exchange, FakeMethods.canonical(path.substring(methodPrefix.length())));
            } else {
                respond(exchange, 401, error(401, "Unauthorized", null));
            }
        } catch (RuntimeException e) {
            log.warn("Fake Bot API failed on {}", exchange.getRequestURI(), e);
        }
    }

    private void method(HttpExchange exchange, String method) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        FakeRequest request;
        try {
            request = FakeRequest.parse(exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body, json);
        } catch (Exception e) {
            respond(exchange, 400, error(400, "Bad Request: can't parse request", null));
            return;
        }
        int status;
        Object answer;
        try {
            FakeLimits.Failure failure = request.params().containsKey("chat_id")
                    ? limits.check(FakeMethods.chatId(request), FakeMethods.MESSAGE_METHODS.contains(method))
                    : null;
            if (failure != null) {
                throw new FakeApiError(failure.status(), failure.description(), failure.retryAfter());
            }
            answer = Map.of("ok", true, "result", methods.call(method, request));
            status = 200;
        } catch (FakeApiError e) {
            status = e.status;
            answer = error(e.status, e.getMessage(), e.retryAfter);
        } catch (Exception e) {
            status = 500;
            answer = error(500, "Internal Server Error: " + e.getMessage(), null);
        }
        state.record(new FakeCall(method, Map.copyOf(withoutNulls(request.params())), status, Instant.now()));
        respond(exchange, status, answer);
    }

    private void download(HttpExchange exchange, String filePath) throws IOException {
        FakeState.StoredFile file = state.fileByPath(java.net.URLDecoder.decode(filePath,
                java.nio.charset.StandardCharsets.UTF_8));
        if (file == null) {
            respond(exchange, 404, error(404, "Not Found", null));
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, file.bytes().length);
        exchange.getResponseBody().write(file.bytes());
    }

    private void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, Object> error(int code, String description, Integer retryAfter) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("ok", false);
        map.put("error_code", code);
        map.put("description", description);
        if (retryAfter != null) {
            map.put("parameters", Map.of("retry_after", retryAfter));
        }
        return map;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> params) {
        Map<String, Object> copy = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }
}
