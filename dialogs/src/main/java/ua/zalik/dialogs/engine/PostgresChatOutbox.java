package ua.zalik.dialogs.engine;

import java.time.Duration;
import java.util.List;

/** The outbox in {@code dialogs.chat_outbox}: one insert per turn that replies, one delete once the replies went out. */
final class PostgresChatOutbox implements ChatOutbox {

    private final ChatOutboxMapper rows;
    private final OutboxProperties settings;

    PostgresChatOutbox(ChatOutboxMapper rows, OutboxProperties settings) {
        this.rows = rows;
        this.settings = settings;
    }

    @Override
    public List<Long> keep(long chatId, List<Effect> effects) {
        List<String> kept = effects.stream().filter(ChatOutbox::kept).map(OutboxJson::write).toList();
        return kept.isEmpty() ? List.of() : rows.keep(chatId, kept, settings.resendAfter().toMillis());
    }

    @Override
    public void delivered(List<Long> ids) {
        if (!ids.isEmpty()) {
            rows.forget(ids);
        }
    }

    @Override
    public void extend(List<Long> ids) {
        if (!ids.isEmpty()) {
            rows.extend(ids, settings.resendAfter().toMillis());
        }
    }

    @Override
    public Duration lease() {
        return settings.resendAfter();
    }
}
