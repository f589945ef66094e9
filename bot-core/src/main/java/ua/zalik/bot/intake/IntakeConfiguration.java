package ua.zalik.bot.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.zalik.bot.config.ConditionalOnTelegramBot;
import ua.zalik.bot.config.ChatLogIds;
import ua.zalik.bot.config.TelegramProperties;

@Configuration(proxyBeanMethods = false)
@ConditionalOnTelegramBot
class IntakeConfiguration {

    @Bean
    HandledUpdates handledUpdates(ProcessedUpdateMapper processed) {
        return updateId -> processed.markHandled(updateId) == 1;
    }

    @Bean
    ChatDispatcher chatDispatcher(UpdateHandler handler, HandledUpdates handled, TelegramProperties properties,
                                  ObjectProvider<MeterRegistry> meters, ChatLogIds logIds) {
        return new ChatDispatcher(handler, handled, meters.getIfAvailable(() -> Metrics.globalRegistry),
                properties.intake().maxPendingUpdates(), logIds);
    }

    @Bean
    UpdateIntake updateIntake(ProcessedUpdateMapper processed, ChatDispatcher dispatcher,
                              @Qualifier("telegram") ObjectMapper json) {
        return new UpdateIntake(processed, dispatcher, json);
    }

    @Bean
    UpdateRecovery updateRecovery(ProcessedUpdateMapper processed, ChatDispatcher dispatcher,
                                  @Qualifier("telegram") ObjectMapper json, TelegramProperties properties) {
        return new UpdateRecovery(processed, dispatcher, json, properties.intake());
    }

    @Bean
    UpdateIdPurge updateIdPurge(ProcessedUpdateMapper processed, TelegramProperties properties) {
        return new UpdateIdPurge(processed, properties);
    }
}
