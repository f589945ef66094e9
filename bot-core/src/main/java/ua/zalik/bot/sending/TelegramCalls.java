package ua.zalik.bot.sending;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import ua.zalik.bot.config.ChatLogIds;
import ua.zalik.bot.config.TelegramProperties;

import java.time.Duration;

/** Runs one Bot API call with the limits, retries, the 403 event and the counters every call gets. */
final class TelegramCalls {

    private static final Logger log = LoggerFactory.getLogger(TelegramCalls.class);

    @FunctionalInterface
    interface ApiCall<T> {
        T run() throws TelegramApiException;
    }

    record Result<T>(T value, SentMessage.Outcome outcome) {
    }

    private final Throttle throttle;
    private final TelegramProperties.Retry retry;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final ChatLogIds logIds;

    TelegramCalls(Throttle throttle, TelegramProperties.Retry retry, ApplicationEventPublisher events,
                  MeterRegistry meters, ChatLogIds logIds) {
        this.throttle = throttle;
        this.logIds = logIds;
        this.retry = retry;
        this.events = events;
        this.meters = meters;
    }

    /** @param chatId the chat the call writes to, throttled and watched for 403; null for calls outside a chat */
    <T> Result<T> execute(String method, Long chatId, OutgoingMessage.Priority priority, ApiCall<T> call) {
        int failures = 0;
        int rateLimited = 0;
        try {
            while (true) {
                if (chatId != null) {
                    throttle.acquire(chatId, priority);
                }
                Duration pause;
                try {
                    T value = call.run();
                    count(method, "sent");
                    return new Result<>(value, SentMessage.Outcome.SENT);
                } catch (TelegramApiRequestException e) {
                    Integer code = e.getErrorCode();
                    if (code != null && code == 429) {
                        count(method, "rate_limited");
                        if (++rateLimited > retry.maxRateLimitWaits()) {
                            return failed(method, chatId, e);
                        }
                        Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                        Thread.sleep(Duration.ofSeconds(after == null || after < 1 ? 1 : after));
                        continue;
                    }
                    if (code != null && code == 403 && chatId != null) {
                        count(method, "blocked");
                        log.info("Telegram refused {} to chat {}: {}", method, logIds.of(chatId), e.getApiResponse());
                        events.publishEvent(new ChatBlocked(chatId));
                        return new Result<>(null, SentMessage.Outcome.BLOCKED);
                    }
                    if (code != null && code == 400 && String.valueOf(e.getApiResponse()).contains("not modified")) {
                        count(method, "sent");
                        return new Result<>(null, SentMessage.Outcome.SENT);
                    }
                    if (code != null && code < 500) {
                        return failed(method, chatId, e);
                    }
                    pause = backoff(++failures);
                } catch (TelegramApiException e) {
                    pause = backoff(++failures); // network error or an answer that was not the Bot API's JSON
                }
                if (failures >= retry.maxAttempts()) {
                    return failed(method, chatId, null);
                }
                count(method, "retried");
                Thread.sleep(pause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            count(method, "failed");
            return new Result<>(null, SentMessage.Outcome.FAILED);
        }
    }

    private <T> Result<T> failed(String method, Long chatId, TelegramApiRequestException e) {
        count(method, "failed");
        // chatless calls (deleteWebhook, setMyCommands) fail too: their failure is logged, not turned into an NPE
        log.warn("Telegram {} to chat {} failed: {}", method, chatId == null ? "-" : logIds.of(chatId),
                e == null ? "retries exhausted" : e.getApiResponse());
        return new Result<>(null, SentMessage.Outcome.FAILED);
    }

    private Duration backoff(int failures) {
        long millis = retry.initialBackoff().toMillis() << Math.min(failures - 1, 16);
        return Duration.ofMillis(Math.min(millis, retry.maxBackoff().toMillis()));
    }

    private void count(String method, String outcome) {
        meters.counter("zalik.telegram.sends", "method", method, "outcome", outcome).increment();
    }
}
