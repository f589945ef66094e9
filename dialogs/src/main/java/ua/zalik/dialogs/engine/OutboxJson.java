package ua.zalik.dialogs.engine;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import ua.zalik.bot.sending.OutgoingFile;
import ua.zalik.bot.sending.OutgoingMessage;
import ua.zalik.bot.sending.OutgoingPoll;

/** A kept effect to and from its stored JSON: one envelope with the kind and the effect's parts (bytes in base64). */
final class OutboxJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    record Stored(String kind, OutgoingMessage message, OutgoingFile file, OutgoingPoll poll, String dialog, String tag) {
    }

    private OutboxJson() {
    }

    static String write(Effect effect) {
        Stored stored = switch (effect) {
            case Effect.Send s -> new Stored("send", s.message(), null, null, null, null);
            case Effect.SendPhoto p -> new Stored("photo", null, p.photo(), null, null, null);
            case Effect.SendDocument d -> new Stored("document", null, d.document(), null, null, null);
            case Effect.SendPoll p -> new Stored("poll", null, null, p.poll(), p.dialog(), p.tag());
            case Effect.AnswerCallback a -> throw new IllegalArgumentException("callback answers are not kept");
            case Effect.SetMenu m -> throw new IllegalArgumentException("menus are not kept");
        };
        return JSON.writeValueAsString(stored);
    }

    /** Throws (a Jackson or argument exception) when the row cannot be read back. */
    static Effect read(String json) {
        Stored stored = JSON.readValue(json, Stored.class);
        return switch (stored.kind()) {
            case "send" -> new Effect.Send(stored.message());
            case "photo" -> new Effect.SendPhoto(stored.file());
            case "document" -> new Effect.SendDocument(stored.file());
            case "poll" -> new Effect.SendPoll(stored.poll(), stored.dialog(), stored.tag());
            default -> throw new IllegalArgumentException("unknown kept effect " + stored.kind());
        };
    }
}
