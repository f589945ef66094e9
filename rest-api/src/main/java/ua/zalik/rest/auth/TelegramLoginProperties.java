package ua.zalik.rest.auth;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * "Log in with Telegram": how old the widget's auth_date may be, and how far ahead of our clock it may run (the bot
 * token itself is zalik.telegram.token).
 */
@Validated
@ConfigurationProperties("zalik.telegram.login")
record TelegramLoginProperties(@NotNull @DefaultValue("24h") Duration maxAge, @NotNull @DefaultValue("1m") Duration clockSkew) {
}
