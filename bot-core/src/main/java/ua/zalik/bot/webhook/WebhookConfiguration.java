package ua.zalik.bot.webhook;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.zalik.bot.config.ConditionalOnTelegramBot;
import ua.zalik.bot.config.TelegramProperties;
import ua.zalik.bot.sending.Sender;

/** The webhook lives in the "api" role (zalik.roles) when TELEGRAM_MODE is webhook. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTelegramBot
@ConditionalOnExpression("'${zalik.telegram.mode:polling}'.equalsIgnoreCase('webhook')"
        + " and '${zalik.roles:api,bot,worker}'.contains('api')")
class WebhookConfiguration {

    @Bean
    WebhookRegistration webhookRegistration(Sender sender, TelegramProperties properties) {
        return new WebhookRegistration(sender, properties);
    }
}
