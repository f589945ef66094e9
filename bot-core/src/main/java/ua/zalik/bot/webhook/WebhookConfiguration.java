package ua.zalik.bot.webhook;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.zalik.bot.config.ConditionalOnTelegramBot;
import ua.zalik.bot.config.TelegramProperties;
import ua.zalik.bot.sending.Sender;

@Configuration(proxyBeanMethods = false)
@ConditionalOnTelegramBot
@ConditionalOnProperty(prefix = "zalik.telegram", name = "mode", havingValue = "webhook")
class WebhookConfiguration {

    @Bean
    WebhookRegistration webhookRegistration(Sender sender, TelegramProperties properties) {
        return new WebhookRegistration(sender, properties);
    }
}
