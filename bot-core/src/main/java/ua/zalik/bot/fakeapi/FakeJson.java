package ua.zalik.bot.fakeapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bot API objects (Message, Chat, User, Poll, Update parts) as maps for JSON. */
final class FakeJson {

    static final long BOT_ID = 777_000_001L;

    private FakeJson() {
    }

    static Map<String, Object> bot(FakeOptions options) {
        return Map.of("id", BOT_ID, "is_bot", true, "first_name", "Zalik", "username", options.botUsername(),
                "can_join_groups", true, "can_read_all_group_messages", false, "supports_inline_queries", false);
    }

    static Map<String, Object> chat(long chatId, FakeUser user) {
        Map<String, Object> chat = new LinkedHashMap<>();
        chat.put("id", chatId);
        if (chatId > 0) {
            chat.put("type", "private");
            if (user != null) {
                chat.put("first_name", user.firstName());
                chat.put("username", user.username());
            }
        } else {
            chat.put("type", chatId <= -1_000_000_000_000L ? "supergroup" : "group");
            chat.put("title", "Group " + (-chatId));
        }
        return chat;
    }

    static Map<String, Object> user(FakeUser user) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", user.id());
        map.put("is_bot", false);
        map.put("first_name", user.firstName());
        if (user.username() != null) {
            map.put("username", user.username());
        }
        if (user.languageCode() != null) {
            map.put("language_code", user.languageCode());
        }
        return map;
    }

    static Map<String, Object> message(FakeMessage message) {
        Map<String, Object> map = base(message.chatId(), message.messageId());
        map.put("from", bot(FakeOptions.defaults()));
        if (message.kind() == FakeMessage.Kind.TEXT) {
            map.put("text", message.text());
        } else if (message.text() != null) {
            map.put("caption", message.text());
        }
        if (message.poll() != null) {
            map.put("poll", poll(message.poll()));
        }
        if (!message.keyboard().isEmpty()) {
            map.put("reply_markup", Map.of("inline_keyboard", message.keyboard().stream()
                    .map(row -> row.stream().map(FakeJson::button).toList()).toList()));
        }
        if (message.edits() > 0) {
            map.put("edit_date", now());
        }
        return map;
    }

    static Map<String, Object> fileMessage(FakeMessage message, FakeState.StoredFile file) {
        Map<String, Object> map = message(message);
        if (message.kind() == FakeMessage.Kind.PHOTO) {
            map.put("photo", List.of(Map.of("file_id", file.fileId(), "file_unique_id", file.uniqueId(),
                    "width", 640, "height", 480, "file_size", file.bytes().length)));
        } else {
            map.put("document", document(file));
        }
        return map;
    }

    static Map<String, Object> document(FakeState.StoredFile file) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file_id", file.fileId());
        doc.put("file_unique_id", file.uniqueId());
        doc.put("file_name", file.fileName());
        doc.put("mime_type", file.mimeType() == null ? "application/octet-stream" : file.mimeType());
        doc.put("file_size", file.bytes().length);
        return doc;
    }

    static Map<String, Object> poll(FakeMessage.Poll poll) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", poll.id());
        map.put("question", poll.question());
        map.put("options", poll.options().stream().map(o -> Map.of("text", o, "voter_count", 0)).toList());
        map.put("total_voter_count", 0);
        map.put("is_closed", poll.closed());
        map.put("is_anonymous", false);
        map.put("type", poll.quiz() ? "quiz" : "regular");
        map.put("allows_multiple_answers", false);
        if (poll.correctOptionId() != null) {
            map.put("correct_option_ids", List.of(poll.correctOptionId()));
        }
        if (poll.explanation() != null) {
            map.put("explanation", poll.explanation());
        }
        return map;
    }

    static Map<String, Object> userMessage(long chatId, int messageId, FakeUser user) {
        Map<String, Object> map = base(chatId, messageId);
        map.put("chat", chat(chatId, user));
        map.put("from", user(user));
        return map;
    }

    static Map<String, Object> textMessage(long chatId, int messageId, FakeUser user, String text) {
        Map<String, Object> map = userMessage(chatId, messageId, user);
        map.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            map.put("entities", List.of(Map.of("type", "bot_command", "offset", 0,
                    "length", end < 0 ? text.length() : end)));
        }
        return map;
    }

    static List<List<FakeMessage.Button>> keyboard(Object replyMarkup) {
        List<List<FakeMessage.Button>> rows = new ArrayList<>();
        if (replyMarkup instanceof Map<?, ?> markup && markup.get("inline_keyboard") instanceof List<?> keyboard) {
            for (Object row : keyboard) {
                List<FakeMessage.Button> buttons = new ArrayList<>();
                for (Object b : (List<?>) row) {
                    Map<?, ?> button = (Map<?, ?>) b;
                    buttons.add(new FakeMessage.Button(String.valueOf(button.get("text")),
                            (String) button.get("callback_data"), (String) button.get("url")));
                }
                rows.add(List.copyOf(buttons));
            }
        }
        return List.copyOf(rows);
    }

    private static Map<String, Object> button(FakeMessage.Button button) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", button.text());
        if (button.callbackData() != null) {
            map.put("callback_data", button.callbackData());
        }
        if (button.url() != null) {
            map.put("url", button.url());
        }
        return map;
    }

    private static Map<String, Object> base(long chatId, int messageId) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("message_id", messageId);
        map.put("date", now());
        map.put("chat", chat(chatId, null));
        return map;
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
