package ua.zalik.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the Telegram sandbox, only while SandboxEnvironmentPostProcessor runs the fake Bot API. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = SandboxEnvironmentPostProcessor.RUNNING, havingValue = "true")
class SandboxConfiguration {

    @Bean
    SandboxChats sandboxChats() {
        return new SandboxChats(SandboxTelegram.current());
    }
}
