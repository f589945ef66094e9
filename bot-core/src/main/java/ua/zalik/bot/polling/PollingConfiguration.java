package ua.zalik.bot.polling;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.meta.TelegramUrl;
import ua.zalik.bot.config.ConditionalOnTelegramBot;
import ua.zalik.bot.config.TelegramProperties;
import ua.zalik.bot.intake.UpdateIntake;
import ua.zalik.bot.sending.Sender;

/** Polling runs in the "bot" role (zalik.roles) when TELEGRAM_MODE is polling. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTelegramBot
@ConditionalOnExpression("'${zalik.telegram.mode:polling}'.equalsIgnoreCase('polling')"
        + " and '${zalik.roles:api,bot,worker}'.contains('bot')")
class PollingConfiguration {

    @Bean
    LongPolling longPolling(TelegramProperties properties, TelegramUrl url, Sender sender, UpdateIntake intake,
                            @Qualifier("telegram") ObjectMapper json) {
        return new LongPolling(properties, url, sender, intake, json);
    }
}
