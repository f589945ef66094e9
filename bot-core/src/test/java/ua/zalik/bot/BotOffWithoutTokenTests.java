package ua.zalik.bot;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ua.zalik.bot.intake.UpdateIntake;
import ua.zalik.bot.sending.Sender;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "zalik.telegram.token=")
class BotOffWithoutTokenTests {

    @Autowired
    ApplicationContext context;

    @Test
    void withoutATokenNothingThatTalksToTelegramIsCreated() {
        assertThat(context.getBeansOfType(TelegramClient.class)).isEmpty();
        assertThat(context.getBeansOfType(Sender.class)).isEmpty();
        assertThat(context.getBeansOfType(UpdateIntake.class)).isEmpty();
    }
}
