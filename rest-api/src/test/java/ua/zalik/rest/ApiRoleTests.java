package ua.zalik.rest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Roles decide whether an instance serves the API. Checked on the role configuration alone: a second whole context
 * with other roles would start a second outbox relay on this module's shared database and queue.
 */
class ApiRoleTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner().withUserConfiguration(ApiRole.class);

    @RestController
    static class SomeApi {

        @GetMapping({"/api/classes", "/config.json", "/actuator/health"})
        String answer() {
            return "{}";
        }
    }

    @Test
    void aWorkerOnlyInstanceAnswersTheApiWith404AndKeepsItsHealthCheck() {
        runner.withPropertyValues("zalik.roles=worker").run(context -> {
            FilterRegistrationBean<?> filter = context.getBean(FilterRegistrationBean.class);
            MockMvc mvc = MockMvcBuilders.standaloneSetup(new SomeApi())
                    .addFilter(filter.getFilter(), filter.getUrlPatterns().toArray(String[]::new)).build();

            mvc.perform(get("/api/classes")).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get("/config.json")).andExpect(status().isNotFound());
            mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        });
    }

    @Test
    void webInstancesAndTheDefaultAllInOneServeTheApi() {
        runner.withPropertyValues("zalik.roles=api").run(context -> assertThat(context).doesNotHaveBean(FilterRegistrationBean.class));
        runner.withPropertyValues("zalik.roles=api,worker").run(context -> assertThat(context).doesNotHaveBean(FilterRegistrationBean.class));
        runner.run(context -> assertThat(context).doesNotHaveBean(FilterRegistrationBean.class));
        runner.withPropertyValues("zalik.roles=bot,worker").run(context -> assertThat(context).hasSingleBean(FilterRegistrationBean.class));
    }
}
