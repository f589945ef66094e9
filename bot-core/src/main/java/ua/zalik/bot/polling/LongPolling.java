package ua.zalik.bot.polling;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;
import ua.zalik.bot.config.TelegramProperties;
import ua.zalik.bot.intake.DatabaseAway;
import ua.zalik.bot.intake.UpdateIntake;
import ua.zalik.bot.sending.Sender;

import java.util.List;

/** Long polling for a single instance without a public URL: removes any webhook, then hands batches to intake. */
class LongPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

    private final TelegramProperties properties;
    private final TelegramUrl url;
    private final Sender sender;
    private final UpdateIntake intake;
    private final ObjectMapper json;
    private TelegramBotsLongPollingApplication application;
    private volatile boolean stopping;

    LongPolling(TelegramProperties properties, TelegramUrl url, Sender sender, UpdateIntake intake, ObjectMapper json) {
        this.properties = properties;
        this.url = url;
        this.sender = sender;
        this.intake = intake;
        this.json = json;
    }

    @Override
    public synchronized void start() {
        stopping = false;
        if (!sender.deleteWebhook()) {
            log.warn("Could not remove the webhook; getUpdates will fail until it is gone");
        }
        try {
            application = new TelegramBotsLongPollingApplication(() -> json);
            // the library calls this on one thread; intake only dedupes and queues, chats run on their own threads
            application.registerBot(properties.token(), () -> url, new DefaultGetUpdatesGenerator(UpdateIntake.ALLOWED_UPDATES),
                    this::consume);
            log.info("Telegram long polling started against {}://{}:{}", url.getSchema(), url.getHost(), url.getPort());
        } catch (Exception e) {
            throw new IllegalStateException("Could not start Telegram long polling", e);
        }
    }

    /**
     * Takes each update in; while the database is away (not for any other failure, which would hold polling up
     * forever), tries again: the library asks for the next batch, which acknowledges this one to Telegram, only once
     * this returns, so holding on loses nothing.
     */
    void consume(List<Update> updates) {
        for (Update update : updates) {
            for (int tries = 1; ; tries++) {
                try {
                    intake.accept(update);
                    break;
                } catch (RuntimeException e) {
                    if (!DatabaseAway.causedBy(e)) {
                        log.error("Update {} could not be taken in", update.getUpdateId(), e);
                        break;
                    }
                    if (stopping) {
                        log.warn("Update {} not taken in before stopping; the database is away: {}", update.getUpdateId(), e.toString());
                        return;
                    }
                    // the turns' pauses, the last one again for as long as the database stays away
                    long pause = DatabaseAway.PAUSES_MILLIS[Math.min(tries, DatabaseAway.PAUSES_MILLIS.length) - 1];
                    intake.retrying();
                    log.warn("Update {} could not be stored (try {}), again in {} ms: {}", update.getUpdateId(), tries, pause, e.toString());
                    if (!DatabaseAway.pause(pause)) {
                        return;
                    }
                }
            }
        }
    }

    @Override
    public synchronized void stop() {
        stopping = true;
        if (application != null) {
            try {
                application.close();
            } catch (Exception e) {
                log.warn("Stopping Telegram long polling: {}", e.toString());
            }
            application = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return application != null;
    }

    /** Stops before the chat dispatcher and the Sender go away. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
