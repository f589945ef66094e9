package ua.zalik.bot.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import ua.zalik.bot.config.TelegramProperties;
import ua.zalik.bot.intake.UpdateIntake;
import ua.zalik.bot.sending.Sender;

/** Tells Telegram where to send updates, with the secret and the update kinds Zalik handles, once the server listens. */
class WebhookRegistration {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

    private final Sender sender;
    private final TelegramProperties properties;

    WebhookRegistration(Sender sender, TelegramProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        String url = properties.webhook().url();
        if (sender.setWebhook(url, properties.webhook().secret(), UpdateIntake.ALLOWED_UPDATES)) {
            log.info("Telegram webhook set to {}", url);
        } else {
            log.error("Could not set the Telegram webhook to {}; updates will not arrive", url);
        }
    }
}
