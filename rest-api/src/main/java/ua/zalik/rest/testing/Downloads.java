package ua.zalik.rest.testing;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A file to download: its media type and a Content-Disposition whose name cannot break out of the header or a folder. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(safeName(name) + "." + extension, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    /** Letters, digits, '-' and '_' of any script; everything else (slashes, quotes, dots, controls) becomes '_'. */
    static String safeName(String name) {
        String safe = name == null ? "" : name.strip().replaceAll("[^\\p{L}\\p{N}_-]+", "_").replaceAll("^_+|_+$", "");
        if (safe.length() > 60) {
            safe = safe.substring(0, 60);
        }
        // Windows will not save a file named after a device, whatever its extension
        return safe.isEmpty() || safe.toLowerCase(Locale.ROOT).matches("con|prn|aux|nul|com\\d|lpt\\d") ? "export" : safe;
    }
}
