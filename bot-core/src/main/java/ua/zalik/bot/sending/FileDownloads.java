package ua.zalik.bot.sending;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Fetches /file/bot&lt;token&gt;/&lt;path&gt; from the configured Bot API (the library's download always goes to api.telegram.org). */
final class FileDownloads {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String apiUrl;
    private final String token;
    private final long maxBytes;

    FileDownloads(String apiUrl, String token, long maxBytes) {
        this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        this.token = token;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The file's bytes, or null when it is bigger than allowed. */
    byte[] fetch(String filePath) throws TelegramApiException {
        String path = URLEncoder.encode(filePath, StandardCharsets.UTF_8).replace("%2F", "/").replace("+", "%20");
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + "/file/bot" + token + "/" + path))
                .timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new TelegramApiException("file download answered " + response.statusCode());
                }
                byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                return bytes.length > maxBytes ? null : bytes;
            }
        } catch (IOException e) {
            throw new TelegramApiException("file download failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramApiException("file download interrupted", e);
        }
    }
}
