package ua.zalik.bot.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.net.URI;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

    /** The library's objects are Jackson 2; not a default candidate so Spring MVC's Jackson 3 stays in charge. */
    @Bean(defaultCandidate = false)
    @Qualifier("telegram")
    ObjectMapper telegramObjectMapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** The Bot API's address as the library wants it, for the client and for long polling. */
    @Bean
    @ConditionalOnTelegramBot
    ChatLogIds chatLogIds(TelegramProperties properties) {
        return new ChatLogIds(properties.token());
    }

    @Bean
    @ConditionalOnTelegramBot
    TelegramUrl telegramUrl(TelegramProperties properties) {
        return telegramUrl(properties.apiUrl());
    }

    @Bean(destroyMethod = "")
    @ConditionalOnTelegramBot
    TelegramClient telegramClient(TelegramProperties properties, TelegramUrl url,
                                  @Qualifier("telegram") ObjectMapper json) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
        return new OkHttpTelegramClient(json, http, properties.token(), url);
    }

    static TelegramUrl telegramUrl(String apiUrl) {
        URI uri = URI.create(apiUrl);
        int port = uri.getPort() > 0 ? uri.getPort() : ("http".equals(uri.getScheme()) ? 80 : 443);
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }
}
