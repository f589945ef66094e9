package ua.zalik.users;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** Invites open the bot by deep link: {@code https://t.me/<botUsername>?start=<code>}. */
@ConfigurationProperties("zalik.invites")
public record InviteProperties(@DefaultValue("ZalikBot") String botUsername, @DefaultValue("14d") Duration defaultValidity) {

    String deepLink(String code) {
        String bot = botUsername == null || botUsername.isBlank() ? "ZalikBot" : botUsername.replaceFirst("^@", "");
        return "https://t.me/" + bot + "?start=" + code;
    }
}
