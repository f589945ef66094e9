package ua.zalik.bot.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.telegram.telegrambots.meta.api.objects.Update;
import ua.zalik.bot.config.TelegramProperties;

/**
 * Replays updates that were accepted but never handled (their instance died, or the turn failed and rolled back):
 * claimed with a lock skip so instances never replay the same update at once, then queued for their chat as if new.
 */
public class UpdateRecovery {

    private static final Logger log = LoggerFactory.getLogger(UpdateRecovery.class);
    private static final int BATCH = 100;

    private final ProcessedUpdateMapper processed;
    private final ChatDispatcher dispatcher;
    private final ObjectMapper json;
    private final TelegramProperties.Intake settings;

    UpdateRecovery(ProcessedUpdateMapper processed, ChatDispatcher dispatcher, ObjectMapper json,
                   TelegramProperties.Intake settings) {
        this.processed = processed;
        this.dispatcher = dispatcher;
        this.json = json;
        this.settings = settings;
    }

    /** How many updates this call queued again. */
    @Scheduled(initialDelayString = "${zalik.telegram.intake.recovery-every:5s}",
            fixedDelayString = "${zalik.telegram.intake.recovery-every:5s}")
    public int sweep() {
        var stale = processed.claimStale(settings.replayAfter().toMillis(), settings.maxReplays(), BATCH);
        int queued = 0;
        for (var row : stale) {
            IncomingUpdate update = read(row);
            if (update == null) {
                processed.markHandled(row.updateId());
                continue;
            }
            log.info("Replaying update {} accepted but never handled (replay {} of {})", row.updateId(),
                    row.replays(), settings.maxReplays());
            try {
                dispatcher.dispatch(update);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return queued;
            }
            dispatcher.count("recovered");
            queued++;
        }
        return queued;
    }

    private IncomingUpdate read(ProcessedUpdateMapper.StaleUpdate row) {
        try {
            return UpdateConverter.convert(json.readValue(row.body(), Update.class));
        } catch (Exception e) {
            log.warn("Dropping update {} whose stored body cannot be read: {}", row.updateId(), e.toString());
            return null;
        }
    }
}
