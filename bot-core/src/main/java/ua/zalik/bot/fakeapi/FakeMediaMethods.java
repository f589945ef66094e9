package ua.zalik.bot.fakeapi;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Polls and files: sendPoll, stopPoll, sendDocument, sendPhoto, getFile. */
final class FakeMediaMethods {

    private final FakeState state;
    private final ObjectMapper json;

    FakeMediaMethods(FakeState state, ObjectMapper json) {
        this.state = state;
        this.json = json;
    }

    Object sendPoll(FakeRequest request) throws Exception {
        long chatId = FakeMethods.chatId(request);
        List<String> options = new ArrayList<>();
        if (request.structured("options", json) instanceof List<?> list) {
            for (Object option : list) {
                options.add(option instanceof Map<?, ?> m ? String.valueOf(m.get("text")) : String.valueOf(option));
            }
        }
        if (options.size() < 2 || options.size() > 12) {
            throw FakeApiError.badRequest("poll must have 2-12 options");
        }
        boolean quiz = "quiz".equals(request.string("type"));
        Integer correct = request.intValue("correct_option_id");
        if (correct == null && request.structured("correct_option_ids", json) instanceof List<?> ids && !ids.isEmpty()) {
            correct = Integer.valueOf(ids.get(0).toString());
        }
        if (quiz && (correct == null || correct < 0 || correct >= options.size())) {
            throw FakeApiError.badRequest("wrong correct option id specified");
        }
        var poll = new FakeMessage.Poll(state.nextId("POLL"), FakeMethods.required(request, "question"), List.copyOf(options),
                correct, request.string("explanation"), quiz, false);
        FakeMessage message = new FakeMessage(chatId, state.nextMessageId(chatId), FakeMessage.Kind.POLL,
                poll.question(), null, FakeJson.keyboard(request.structured("reply_markup", json)),
                request.bool("protect_content"), 0, poll, null, null);
        state.putBotMessage(message);
        return FakeJson.message(message);
    }

    Object stopPoll(FakeMessage old) {
        if (old.poll() == null) {
            throw FakeApiError.badRequest("message with poll to stop not found");
        }
        var p = old.poll();
        FakeMessage stopped = old.withPoll(new FakeMessage.Poll(p.id(), p.question(), p.options(),
                p.correctOptionId(), p.explanation(), p.quiz(), true));
        state.putBotMessage(stopped);
        return FakeJson.poll(stopped.poll());
    }

    Object sendFile(String method, FakeRequest request) throws Exception {
        long chatId = FakeMethods.chatId(request);
        String field = method.equals("sendPhoto") ? "photo" : "document";
        String ref = request.string(field);
        FakeRequest.Upload upload = ref != null && ref.startsWith("attach://")
                ? request.files().get(ref.substring("attach://".length()))
                : request.files().get(field);
        FakeState.StoredFile file = upload != null
                ? state.storeFile(upload.fileName(), upload.contentType(), upload.bytes())
                : state.file(FakeMethods.required(request, field).replace("attach://", ""));
        if (file == null) {
            throw FakeApiError.badRequest("wrong file identifier/HTTP URL specified");
        }
        String caption = request.string("caption");
        String text = caption == null ? null : FakeMethods.render(request, caption);
        FakeMessage message = new FakeMessage(chatId, state.nextMessageId(chatId),
                field.equals("photo") ? FakeMessage.Kind.PHOTO : FakeMessage.Kind.DOCUMENT, text, caption,
                FakeJson.keyboard(request.structured("reply_markup", json)), request.bool("protect_content"), 0,
                null, file.fileId(), file.fileName());
        state.putBotMessage(message);
        return FakeJson.fileMessage(message, file);
    }

    Object getFile(FakeRequest request) {
        FakeState.StoredFile file = state.file(FakeMethods.required(request, "file_id"));
        if (file == null) {
            throw FakeApiError.badRequest("invalid file_id");
        }
        return Map.of("file_id", file.fileId(), "file_unique_id", file.uniqueId(), "file_size", file.bytes().length,
                "file_path", file.path());
    }
}
