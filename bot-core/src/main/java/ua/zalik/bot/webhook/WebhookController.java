package ua.zalik.bot.webhook;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.bot.config.ConditionalOnTelegramBot;
import ua.zalik.bot.config.TelegramProperties;
import ua.zalik.bot.intake.UpdateIntake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Telegram POSTs updates here; only a request carrying our secret gets in, and it is answered as soon as queued. */
@RestController
@ConditionalOnTelegramBot
@ConditionalOnExpression("'${zalik.telegram.mode:polling}'.equalsIgnoreCase('webhook')"
        + " and '${zalik.roles:api,bot,worker}'.contains('api')")
class WebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final UpdateIntake intake;
    private final byte[] secret;

    WebhookController(UpdateIntake intake, TelegramProperties properties) {
        this.intake = intake;
        this.secret = properties.webhook().secret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("${zalik.telegram.webhook.path:/telegram/webhook}")
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String given,
                                 @RequestBody(required = false) byte[] body) {
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(401).build();
        }
        intake.accept(body == null ? new byte[0] : body);
        return ResponseEntity.ok().build();
    }
}
