package ua.zalik.testing;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON columns of the testing schema: question bodies, responses, layouts, review policies. */
@Component
class TestingJson {

    private final JsonMapper json;

    TestingJson(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    /** Writes as the declared type, so a polymorphic value (a question body, a response) keeps its type id. */
    String write(Object value, Class<?> declared) {
        return json.writerFor(declared).writeValueAsString(value);
    }

    <T> T read(String text, Class<T> type) {
        return text == null ? null : json.readValue(text, type);
    }

    <T> T read(String text, TypeReference<T> type) {
        return text == null ? null : json.readValue(text, type);
    }
}
