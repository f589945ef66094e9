package ua.zalik.rest.config;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.rest.auth.TelegramLogin;

/** The dashboard reads this at start, so one build of it serves every environment. Public: it holds no secret. */
@RestController
@Tag(name = "config", description = "What the dashboard needs to know about this deployment")
class ClientConfigController {

    /** telegramLoginBot: the bot the "Log in with Telegram" widget names; null when that login is off (no real bot). */
    record ClientConfig(String apiBase, String botUsername, String telegramLoginBot) {
    }

    private final ClientConfig config;

    ClientConfigController(@Value("${zalik.telegram.username:ZalikBot}") String botUsername, TelegramLogin telegramLogin) {
        this.config = new ClientConfig("/api", botUsername, telegramLogin.botUsername().orElse(null));
    }

    @GetMapping("/config.json")
    @Operation(summary = "The dashboard's runtime configuration: API base path, the Telegram bot's username and whether log in with Telegram is on")
    ResponseEntity<ClientConfig> config() {
        // revalidated on every start of the dashboard, so a changed setting shows without a new build
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(config);
    }
}
