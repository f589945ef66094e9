package ua.zalik.bot.fakeapi;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Bot API methods Zalik uses, answered from and into the fake's state. */
final class FakeMethods {

    /** Methods that put or change a message in a chat: these count against the flood limits. */
    static final Set<String> MESSAGE_METHODS = Set.of("sendMessage", "editMessageText", "editMessageReplyMarkup",
            "sendPoll", "stopPoll", "sendDocument", "sendPhoto");

    /** Telegram reads method names case-insensitively (the library sends "sendmessage"); calls are recorded by these. */
    private static final Map<String, String> NAMES = java.util.stream.Stream.of("getMe", "getUpdates", "setWebhook",
            "deleteWebhook", "getWebhookInfo", "sendMessage", "editMessageText", "editMessageReplyMarkup",
            "answerCallbackQuery", "sendPoll", "stopPoll", "sendDocument", "sendPhoto", "getFile", "deleteMessage",
            "setMyCommands").collect(java.util.stream.Collectors.toMap(n -> n.toLowerCase(java.util.Locale.ROOT), n -> n));

    static String canonical(String method) {
        return NAMES.getOrDefault(method.toLowerCase(java.util.Locale.ROOT), method);
    }

    private final FakeState state;
    private final FakeUpdates updates;
    private final FakeOptions options;
    private final ObjectMapper json;
    private final FakeMediaMethods media;

    FakeMethods(FakeState state, FakeUpdates updates, FakeOptions options, ObjectMapper json) {
        this.state = state;
        this.updates = updates;
        this.options = options;
        this.json = json;
        this.media = new FakeMediaMethods(state, json);
    }

    Object call(String method, FakeRequest request) throws Exception {
        return switch (method) {
            case "getMe" -> FakeJson.bot(options);
            case "getUpdates" -> getUpdates(request);
            case "setWebhook" -> setWebhook(request);
            case "deleteWebhook" -> {
                updates.deleteWebhook(request.bool("drop_pending_updates"));
                yield true;
            }
            case "getWebhookInfo" -> webhookInfo();
            case "sendMessage" -> sendMessage(request);
            case "editMessageText" -> editText(request);
            case "editMessageReplyMarkup" -> editMarkup(request);
            case "answerCallbackQuery" -> {
                state.answerCallback(new FakeCallbackAnswer(required(request, "callback_query_id"),
                        request.string("text"), request.bool("show_alert")));
                yield true;
            }
            case "sendPoll" -> media.sendPoll(request);
            case "stopPoll" -> media.stopPoll(existing(request));
            case "sendDocument", "sendPhoto" -> media.sendFile(method, request);
            case "getFile" -> media.getFile(request);
            case "deleteMessage" -> {
                if (!state.deleteBotMessage(chatId(request), messageId(request))) {
                    throw FakeApiError.badRequest("message to delete not found");
                }
                yield true;
            }
            case "setMyCommands" -> setCommands(request);
            default -> throw new FakeApiError(404, "Not Found", null);
        };
    }

    private Object getUpdates(FakeRequest request) throws Exception {
        if (updates.webhook() != null) {
            throw new FakeApiError(409, "Conflict: can't use getUpdates method while webhook is active;"
                    + " use deleteWebhook to delete the webhook first", null);
        }
        Long offset = request.longValue("offset");
        Integer limit = request.intValue("limit");
        Integer timeout = request.intValue("timeout");
        return updates.getUpdates(offset == null ? 0 : offset, limit == null ? 100 : limit,
                timeout == null ? 0 : Math.min(timeout, 50));
    }

    private Object setWebhook(FakeRequest request) throws Exception {
        String url = required(request, "url");
        if (url.isBlank()) {
            updates.deleteWebhook(false);
            return true;
        }
        List<String> allowed = new ArrayList<>();
        if (request.structured("allowed_updates", json) instanceof List<?> list) {
            list.forEach(item -> allowed.add(item.toString()));
        }
        Integer connections = request.intValue("max_connections");
        updates.setWebhook(new FakeUpdates.Webhook(url, request.string("secret_token"), allowed,
                connections == null ? FakeUpdates.DEFAULT_CONNECTIONS : connections));
        return true;
    }

    private Object webhookInfo() {
        FakeUpdates.Webhook hook = updates.webhook();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("url", hook == null ? "" : hook.url());
        info.put("has_custom_certificate", false);
        info.put("pending_update_count", 0);
        if (hook != null) {
            info.put("allowed_updates", hook.allowedUpdates());
        }
        return info;
    }

    private Object sendMessage(FakeRequest request) throws Exception {
        long chatId = chatId(request);
        String html = required(request, "text");
        String text = render(request, html);
        FakeMessage message = new FakeMessage(chatId, state.nextMessageId(chatId), FakeMessage.Kind.TEXT, text, html,
                FakeJson.keyboard(request.structured("reply_markup", json)), request.bool("protect_content"), 0,
                null, null, null);
        state.putBotMessage(message);
        return FakeJson.message(message);
    }

    private Object editText(FakeRequest request) throws Exception {
        FakeMessage old = existing(request);
        String html = required(request, "text");
        String text = render(request, html);
        var keyboard = FakeJson.keyboard(request.structured("reply_markup", json));
        if (text.equals(old.text()) && keyboard.equals(old.keyboard())) {
            throw FakeApiError.badRequest("message is not modified: specified new message content and reply markup"
                    + " are exactly the same as a current content and reply markup of the message");
        }
        FakeMessage edited = old.edited(text, html, keyboard);
        state.putBotMessage(edited);
        return FakeJson.message(edited);
    }

    private Object editMarkup(FakeRequest request) throws Exception {
        FakeMessage old = existing(request);
        FakeMessage edited = old.edited(old.text(), old.html(),
                FakeJson.keyboard(request.structured("reply_markup", json)));
        state.putBotMessage(edited);
        return FakeJson.message(edited);
    }

    private Object setCommands(FakeRequest request) throws Exception {
        List<String> menu = new ArrayList<>();
        if (request.structured("commands", json) instanceof List<?> list) {
            for (Object c : list) {
                Map<?, ?> command = (Map<?, ?>) c;
                menu.add(command.get("command") + " - " + command.get("description"));
            }
        }
        String scope = request.structured("scope", json) instanceof Map<?, ?> s && "chat".equals(s.get("type"))
                ? "chat:" + s.get("chat_id") : request.string("language_code");
        state.setCommands(scope, menu);
        return true;
    }

    private FakeMessage existing(FakeRequest request) {
        FakeMessage message = state.botMessage(chatId(request), messageId(request));
        if (message == null) {
            throw FakeApiError.badRequest("message to edit not found");
        }
        return message;
    }

    static String render(FakeRequest request, String html) {
        if (html.isEmpty()) {
            throw FakeApiError.badRequest("message text is empty");
        }
        if (!"HTML".equalsIgnoreCase(request.string("parse_mode"))) {
            return html;
        }
        try {
            String text = FakeHtml.render(html);
            if (text.length() > 4096) {
                throw FakeApiError.badRequest("message is too long");
            }
            return text;
        } catch (IllegalArgumentException e) {
            throw FakeApiError.badRequest("can't parse entities: " + e.getMessage());
        }
    }

    static long chatId(FakeRequest request) {
        Long chatId = request.longValue("chat_id");
        if (chatId == null) {
            throw FakeApiError.badRequest("chat_id is empty");
        }
        return chatId;
    }

    private static int messageId(FakeRequest request) {
        Integer id = request.intValue("message_id");
        if (id == null) {
            throw FakeApiError.badRequest("message_id is empty");
        }
        return id;
    }

    static String required(FakeRequest request, String name) {
        String value = request.string(name);
        if (value == null) {
            throw FakeApiError.badRequest(name + " is empty");
        }
        return value;
    }
}
