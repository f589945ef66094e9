package ua.zalik.dialogs.engine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ua.zalik.bot.config.ConditionalOnTelegramBot;
import ua.zalik.bot.intake.HandledUpdates;
import ua.zalik.bot.sending.Sender;
import ua.zalik.users.UsersService;

import java.util.List;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
class DialogsConfiguration {

    @Bean
    ContextStore dialogContextStore(ChatContextMapper contexts, PlatformTransactionManager transactions) {
        return new PostgresContextStore(contexts, new TransactionTemplate(transactions));
    }

    @Bean
    ChatOutbox chatOutbox(ChatOutboxMapper rows, OutboxProperties settings) {
        return new PostgresChatOutbox(rows, settings);
    }

    @Bean
    Texts dialogTexts(MessageSource messages) {
        return new Texts(messages);
    }

    @Bean
    Members dialogMembers(UsersService users) {
        return new UsersMembers(users);
    }

    @Bean
    @ConditionalOnTelegramBot
    DialogEngine dialogEngine(List<Dialog<?>> dialogs, List<Command> commands, ContextStore store, Sender sender,
                              Members members, Texts texts, HandledUpdates handled, ChatOutbox outbox) {
        return new DialogEngine(dialogs, commands, store, new SenderOutput(sender), members, texts, handled, outbox);
    }

    @Bean
    @ConditionalOnTelegramBot
    OutboxSweep outboxSweep(ChatOutboxMapper rows, ContextStore store, Sender sender, ChatOutbox outbox,
                            OutboxProperties settings, ObjectProvider<MeterRegistry> meters) {
        return new OutboxSweep(rows, new EffectDelivery(new SenderOutput(sender), store, outbox, settings.resendAfter()),
                settings, meters.getIfAvailable(() -> Metrics.globalRegistry));
    }

    @Bean
    @ConditionalOnTelegramBot
    CommandMenu commandMenu(DialogEngine engine, Sender sender) {
        return new CommandMenu(engine, sender);
    }
}
