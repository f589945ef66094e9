package ua.zalik.bot.fakeapi;

import java.time.Instant;
import java.util.Map;

/** One Bot API request the fake server answered: method, parameters (files as their names) and HTTP status. */
public record FakeCall(String method, Map<String, Object> params, int status, Instant at) {

    public Long chatId() {
        Object id = params.get("chat_id");
        return id == null ? null : Long.valueOf(id.toString());
    }
}
