package ua.zalik.bot.webhook;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Webhook bodies a hostile or broken sender could post: broken JSON, wrong types in every field that matters,
 * oversized and deeply nested values, unknown update kinds, and hostile text (HTML, SQL-like, control characters).
 * {@code %ID%} stands for a fresh update_id.
 */
final class HostileUpdates {

    private HostileUpdates() {
    }

    static Arbitrary<String> bodies(long chat) {
        return Arbitraries.oneOf(brokenJson(), wrongTypes(chat), hostileText(chat), unknownKinds(chat), nested(),
                hostileCallbacks(chat));
    }

    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("<b>bold</b>", "<script>alert(1)</script>", "</i><a href=\\\"javascript:x\\\">",
                        "'; drop table bot.processed_update; --", "\\\" or 1=1 --", "%s%s%n", "${jndi:ldap://x}",
                        "\\u0000\\u0001\\u001f", "\\u202e\\u202d", "🙂🙃💥", "/start ../../etc/passwd", "/", "/ ",
                        "/cancel@OtherBot", "/help " + "x".repeat(5000)),
                Arbitraries.strings().ofMaxLength(300).map(HostileUpdates::json),
                Arbitraries.integers().between(4_000, 70_000).map("A"::repeat));
    }

    private static Arbitrary<String> brokenJson() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of("{", "}", "[]", "null", "0", "\"\"", "{\"update_id\":}", "{\"update_id\":%ID%,",
                        "{\"update_id\":%ID%,\"message\":{\"chat\":{\"id\":"));
    }

    private static Arbitrary<String> wrongTypes(long chat) {
        Arbitrary<String> values = Arbitraries.of("\"abc\"", "-1", "0", "1e309", "99999999999999999999999", "null", "[]",
                "{}", "true", "\"" + "9".repeat(400) + "\"");
        return Combinators.combine(values, values, values).as((id, chatId, date) -> Arbitraries.of(
                "{\"update_id\":" + id + ",\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":" + chat
                        + ",\"type\":\"private\"},\"text\":\"x\"}}",
                "{\"update_id\":%ID%,\"message\":{\"message_id\":1,\"date\":" + date + ",\"chat\":{\"id\":" + chatId
                        + ",\"type\":\"private\"},\"text\":\"x\"}}",
                "{\"update_id\":%ID%,\"message\":" + chatId + "}",
                "{\"update_id\":%ID%,\"message\":{\"message_id\":1,\"date\":1,\"chat\":" + chatId + ",\"text\":" + id + "}}",
                "{\"update_id\":%ID%,\"callback_query\":{\"id\":" + id + ",\"from\":" + chatId + ",\"data\":" + date + "}}",
                "{\"update_id\":%ID%,\"poll_answer\":{\"poll_id\":" + id + ",\"user\":" + chatId + ",\"option_ids\":"
                        + date + "}}")).flatMap(a -> a);
    }

    private static Arbitrary<String> hostileText(long chat) {
        return texts().map(text -> "{\"update_id\":%ID%,\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":"
                + chat + ",\"type\":\"private\"},\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\""
                + text + "\",\"language_code\":\"" + text.substring(0, Math.min(text.length(), 20)) + "\"},\"text\":\""
                + text + "\"}}");
    }

    private static Arbitrary<String> hostileCallbacks(long chat) {
        return Arbitraries.strings().ofMaxLength(300).map(data -> "{\"update_id\":%ID%,\"callback_query\":{\"id\":\"cq\","
                + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"T\"},\"chat_instance\":\"1\","
                + "\"data\":\"" + json(data) + "\"}}");
    }

    private static Arbitrary<String> unknownKinds(long chat) {
        return Arbitraries.of("channel_post", "edited_message", "my_chat_member", "chat_join_request", "business_message",
                "message_reaction", "no_such_kind").map(kind -> "{\"update_id\":%ID%,\"" + kind
                + "\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"text\":\"x\"}}");
    }

    private static Arbitrary<String> nested() {
        return Arbitraries.integers().between(500, 5_000).map(depth -> "{\"update_id\":%ID%,\"message\":"
                + "[".repeat(depth) + "]".repeat(depth) + "}");
    }

    /** The string as the inside of a JSON string literal. */
    static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
