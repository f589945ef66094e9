package ua.zalik.sandbox;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The Telegram sandbox (zalik.sandbox.enabled, on in the local profile): without a bot token, starts the fake Bot API
 * on loopback before the context and points the bot at it, so the real intake, dialogs and Sender run without Telegram.
 */
public class SandboxEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "zalikSandbox";
    static final String RUNNING = "zalik.sandbox.running";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.getProperty("zalik.sandbox.enabled", Boolean.class, false) || hasText(env.getProperty("zalik.telegram.token"))) {
            return;
        }
        var fake = SandboxTelegram.start(env.getProperty("zalik.telegram.username", "ZalikBot"));
        env.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(
                "zalik.telegram.token", fake.token(),
                "zalik.telegram.api-url", fake.baseUrl(),
                "zalik.telegram.mode", "polling",
                RUNNING, "true")));
        application.addListeners((ApplicationListener<ContextClosedEvent>) event -> {
            if (event.getApplicationContext().getParent() == null) {
                SandboxTelegram.stop();
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
