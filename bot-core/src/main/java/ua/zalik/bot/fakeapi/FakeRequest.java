package ua.zalik.bot.fakeapi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Bot API request's parameters, whichever way they came: query string, JSON, form or multipart (with files). */
record FakeRequest(Map<String, Object> params, Map<String, Upload> files) {

    record Upload(String fileName, String contentType, byte[] bytes) {
    }

    static FakeRequest parse(String query, String contentType, byte[] body, ObjectMapper json) throws Exception {
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, Upload> files = new LinkedHashMap<>();
        if (query != null) {
            form(query, params);
        }
        String type = contentType == null ? "" : contentType.toLowerCase();
        if (body.length > 0 && type.startsWith("application/json")) {
            params.putAll(json.readValue(body, new TypeReference<Map<String, Object>>() { }));
        } else if (body.length > 0 && type.startsWith("multipart/form-data")) {
            multipart(body, boundary(contentType), params, files);
        } else if (body.length > 0) {
            form(new String(body, StandardCharsets.UTF_8), params);
        }
        return new FakeRequest(params, files);
    }

    String string(String name) {
        Object value = params.get(name);
        return value == null ? null : value.toString();
    }

    Long longValue(String name) {
        String value = string(name);
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }

    Integer intValue(String name) {
        Long value = longValue(name);
        return value == null ? null : value.intValue();
    }

    boolean bool(String name) {
        return Boolean.parseBoolean(string(name));
    }

    /** A structured parameter (reply_markup, options...) that form and multipart bodies carry as a JSON string. */
    Object structured(String name, ObjectMapper json) throws Exception {
        Object value = params.get(name);
        if (value instanceof String s && !s.isBlank()) {
            return json.readValue(s, Object.class);
        }
        return value;
    }

    private static void form(String encoded, Map<String, Object> params) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
    }

    private static String boundary(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase().startsWith("boundary=")) {
                return p.substring("boundary=".length()).replace("\"", "");
            }
        }
        throw new IllegalArgumentException("multipart without boundary");
    }

    private static void multipart(byte[] body, String boundary, Map<String, Object> params, Map<String, Upload> files) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        while (pos >= 0) {
            int start = pos + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return;
            }
            start += 2; // CRLF after the delimiter
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            int next = indexOf(body, delimiter, headersEnd);
            if (headersEnd < 0 || next < 0) {
                return;
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            content.write(body, headersEnd + 4, Math.max(0, next - 2 - (headersEnd + 4)));
            String name = attribute(headers, "name");
            String fileName = attribute(headers, "filename");
            if (fileName != null) {
                files.put(name, new Upload(fileName, header(headers, "content-type"), content.toByteArray()));
                params.put(name, fileName);
            } else if (name != null) {
                params.put(name, content.toString(StandardCharsets.UTF_8));
            }
            pos = next;
        }
    }

    private static String attribute(String headers, String name) {
        var matcher = java.util.regex.Pattern.compile("[; ]" + name + "=\"([^\"]*)\"").matcher(headers);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
