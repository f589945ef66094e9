package ua.zalik.bot.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where updates come in, from the webhook or long polling: converted, deduplicated by update_id across instances,
 * kept, then queued for their chat. A malformed or unsupported update is logged and acknowledged, never thrown back.
 */
public class UpdateIntake {

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

    /** The update kinds Zalik asks Telegram for (setWebhook / getUpdates allowed_updates). */
    public static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "poll_answer", "poll");

    private final ProcessedUpdateMapper processed;
    private final ChatDispatcher dispatcher;
    private final ObjectMapper json;

    UpdateIntake(ProcessedUpdateMapper processed, ChatDispatcher dispatcher, ObjectMapper json) {
        this.processed = processed;
        this.dispatcher = dispatcher;
        this.json = json;
    }

    /** Counts an update whose intake failed and is tried again ({@code zalik.telegram.updates{outcome="intake-retry"}}). */
    public void retrying() {
        dispatcher.count("intake-retry");
    }

    /** A webhook body as Telegram sent it. */
    public void accept(byte[] body) {
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (Exception e) {
            dispatcher.count("malformed");
            log.warn("Ignoring a malformed update ({} bytes): {}", body == null ? 0 : body.length, e.getMessage());
            return;
        }
        accept(update, () -> new String(body, StandardCharsets.UTF_8));
    }

    /** An update long polling received. */
    public void accept(Update update) {
        accept(update, () -> {
            try {
                return json.writeValueAsString(update);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("update " + update.getUpdateId() + " cannot be written", e);
            }
        });
    }

    private void accept(Update update, Supplier<String> body) {
        IncomingUpdate incoming;
        try {
            incoming = update == null || update.getUpdateId() == null ? null : UpdateConverter.convert(update);
        } catch (RuntimeException e) {
            dispatcher.count("malformed");
            log.warn("Ignoring update {} that could not be read: {}", update.getUpdateId(), e.toString());
            return;
        }
        if (incoming == null) {
            dispatcher.count("unsupported");
            log.debug("Ignoring unsupported update {}", update == null ? null : update.getUpdateId());
            return;
        }
        // the body is kept with the dedupe mark until the chat turn commits, so a dying instance loses nothing
        if (processed.markProcessed(incoming.updateId(), body.get()) == 0) {
            dispatcher.count("duplicate");
            log.debug("Ignoring update {} seen before", incoming.updateId());
            return;
        }
        try {
            dispatcher.dispatch(incoming);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Interrupted while queueing update {}", incoming.updateId());
        }
    }
}
