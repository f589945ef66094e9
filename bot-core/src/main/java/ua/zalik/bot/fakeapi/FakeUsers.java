package ua.zalik.bot.fakeapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns what a user does in a chat into the updates Telegram would send the bot. */
final class FakeUsers {

    private final FakeState state;
    private final FakeUpdates updates;

    FakeUsers(FakeState state, FakeUpdates updates) {
        this.state = state;
        this.updates = updates;
    }

    long sends(long chatId, FakeUser user, String text) {
        return updates.deliver(Map.of("message",
                FakeJson.textMessage(chatId, state.nextMessageId(chatId), user, text)));
    }

    String presses(long chatId, FakeUser user, int messageId, String data) {
        FakeMessage pressed = state.botMessage(chatId, messageId);
        if (pressed == null) {
            throw new IllegalArgumentException("no bot message " + messageId + " in chat " + chatId);
        }
        String queryId = state.nextId("CQ");
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("id", queryId);
        query.put("from", FakeJson.user(user));
        query.put("message", FakeJson.message(pressed));
        query.put("chat_instance", "CI" + chatId);
        query.put("data", data);
        updates.deliver(Map.of("callback_query", query));
        return queryId;
    }

    long answersPoll(FakeUser user, String pollId, List<Integer> optionIds) {
        return updates.deliver(Map.of("poll_answer",
                Map.of("poll_id", pollId, "user", FakeJson.user(user), "option_ids", List.copyOf(optionIds))));
    }

    long sendsDocument(long chatId, FakeUser user, String fileName, String mimeType, byte[] content, String caption) {
        FakeState.StoredFile file = state.storeFile(fileName, mimeType, content);
        Map<String, Object> message = FakeJson.userMessage(chatId, state.nextMessageId(chatId), user);
        message.put("document", FakeJson.document(file));
        if (caption != null) {
            message.put("caption", caption);
        }
        return updates.deliver(Map.of("message", message));
    }

    long sendsPhoto(long chatId, FakeUser user, byte[] content, String caption) {
        FakeState.StoredFile file = state.storeFile("photo.jpg", "image/jpeg", content);
        Map<String, Object> message = FakeJson.userMessage(chatId, state.nextMessageId(chatId), user);
        message.put("photo", List.of(
                Map.of("file_id", file.fileId() + "s", "file_unique_id", file.uniqueId() + "s", "width", 90,
                        "height", 90),
                Map.of("file_id", file.fileId(), "file_unique_id", file.uniqueId(), "width", 640, "height", 480,
                        "file_size", content.length)));
        if (caption != null) {
            message.put("caption", caption);
        }
        return updates.deliver(Map.of("message", message));
    }

    long sendsQuiz(long chatId, FakeUser user, String question, List<String> options, int correct, String explanation) {
        Map<String, Object> message = FakeJson.userMessage(chatId, state.nextMessageId(chatId), user);
        message.put("poll", FakeJson.poll(new FakeMessage.Poll(state.nextId("POLL"), question, List.copyOf(options),
                correct, explanation, true, true)));
        return updates.deliver(Map.of("message", message));
    }
}
