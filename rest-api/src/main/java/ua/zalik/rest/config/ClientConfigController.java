package ua.zalik.rest.config;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard reads this at start, so one build of it serves every environment. Public: it holds no secret. */
@RestController
@Tag(name = "config", description = "What the dashboard needs to know about this deployment")
class ClientConfigController {

    record ClientConfig(String apiBase, String botUsername) {
    }

    private final ClientConfig config;

    ClientConfigController(@Value("${zalik.telegram.username:ZalikBot}") String botUsername) {
        this.config = new ClientConfig("/api", botUsername);
    }

    @GetMapping("/config.json")
    @Operation(summary = "The dashboard's runtime configuration: API base path and the Telegram bot's username")
    ResponseEntity<ClientConfig> config() {
        // revalidated on every start of the dashboard, so a changed setting shows without a new build
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(config);
    }
}
