package ua.zalik.bot.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatLogIdsTests {

    @Test
    void aChatReadsTheSameOnEveryInstanceOfOneBotAndNeverAsItsId() {
        ChatLogIds one = new ChatLogIds("123:secret");
        ChatLogIds other = new ChatLogIds("123:secret");

        assertThat(one.of(987654321L)).isEqualTo(other.of(987654321L)).hasSize(16).doesNotContain("987654321");
        assertThat(one.of(987654321L)).isNotEqualTo(one.of(987654322L));
    }

    @Test
    void anotherBotTokenGivesOtherIdsSoTheyCannotBeLookedUpWithoutIt() {
        assertThat(new ChatLogIds("123:secret").of(42)).isNotEqualTo(new ChatLogIds("456:other").of(42));
    }
}
