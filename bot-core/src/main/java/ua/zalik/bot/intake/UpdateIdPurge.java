package ua.zalik.bot.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import ua.zalik.bot.config.TelegramProperties;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Forgets update ids older than the keep period; Telegram gives up redelivering long before. */
class UpdateIdPurge {

    private static final Logger log = LoggerFactory.getLogger(UpdateIdPurge.class);

    private final ProcessedUpdateMapper processed;
    private final TelegramProperties properties;

    UpdateIdPurge(ProcessedUpdateMapper processed, TelegramProperties properties) {
        this.processed = processed;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    int purge() {
        int purged = processed.purgeReceivedBefore(
                OffsetDateTime.now(ZoneOffset.UTC).minus(properties.intake().keepUpdateIds()));
        if (purged > 0) {
            log.info("Purged {} update ids", purged);
        }
        return purged;
    }
}
