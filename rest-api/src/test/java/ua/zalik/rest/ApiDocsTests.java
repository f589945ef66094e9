package ua.zalik.rest;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsTests {

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithASummary() throws Exception {
        String docs = mvc.perform(get("/api/docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
        Set<String> described = new TreeSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            described.add(method.toUpperCase() + " " + path);
            assertThat(JsonPath.<String>read(operation, "$.summary")).as(method + " " + path).isNotBlank();
        }));

        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/") && !pattern.startsWith("/api/docs"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        assertThat(described).containsAll(endpoints);
        assertThat(JsonPath.<String>read(docs, "$.info.title")).isEqualTo("Zalik API");
    }

    @Test
    void theDocsAndTheirUiAreOpenWithoutLogin() throws Exception {
        mvc.perform(get("/api/docs")).andExpect(status().isOk());
        mvc.perform(get("/api/docs/ui")).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(200, 302));
    }
}
