package ua.zalik.bot.sending;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ua.zalik.bot.config.ConditionalOnTelegramBot;
import ua.zalik.bot.config.ChatLogIds;
import ua.zalik.bot.config.TelegramProperties;

@Configuration(proxyBeanMethods = false)
@ConditionalOnTelegramBot
class SendingConfiguration {

    /** Shared buckets when Redis is configured (zalik.redis.url), else this process's own. */
    @Bean
    RateLimiter telegramRateLimiter(Environment environment) {
        String redisUrl = environment.getProperty("zalik.redis.url");
        return StringUtils.hasText(redisUrl) ? new RedisRateLimiter(redisUrl) : new LocalRateLimiter();
    }

    @Bean
    Sender sender(TelegramClient client, RateLimiter limiter, TelegramProperties properties,
                  ApplicationEventPublisher events, ObjectProvider<MeterRegistry> meters, ChatLogIds logIds) {
        TelegramCalls calls = new TelegramCalls(new Throttle(limiter, properties.rateLimits()), properties.retry(),
                events, meters.getIfAvailable(() -> Metrics.globalRegistry), logIds);
        return new Sender(client, calls,
                new FileDownloads(properties.apiUrl(), properties.token(), properties.retry().maxDownloadBytes()));
    }
}
