package ua.zalik.rest.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ua.zalik.rest.auth.TelegramLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ClientConfigTests {

    @Autowired MockMvc mvc;

    @Test
    void dashboardGetsItsConfigWithoutLoggingIn() throws Exception {
        mvc.perform(get("/config.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(jsonPath("$.apiBase").value("/api"))
                .andExpect(jsonPath("$.botUsername").value("ZalikBot"))
                // this test context has a bot token and no sandbox: the login widget names the bot
                .andExpect(jsonPath("$.telegramLoginBot").value("ZalikBot"));
    }

    @Test
    void botUsernameIsTheConfiguredOne() {
        ClientConfigController.ClientConfig config = new ClientConfigController("ZalikStagingBot",
                TelegramLogins.login("123:real-token", false, "ZalikStagingBot")).config().getBody();

        assertThat(config).isEqualTo(new ClientConfigController.ClientConfig("/api", "ZalikStagingBot", "ZalikStagingBot"));
    }

    @Test
    void withoutABotTokenOrInTheSandboxThereIsNoTelegramLogin() {
        assertThat(new ClientConfigController("ZalikBot", TelegramLogins.login("", false, "ZalikBot"))
                .config().getBody().telegramLoginBot()).isNull();
        assertThat(new ClientConfigController("ZalikBot", TelegramLogins.login("123:SANDBOX", true, "ZalikBot"))
                .config().getBody().telegramLoginBot()).isNull();
    }
}
