package ua.zalik.rest.auth;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The browser's way: fetch the XSRF-TOKEN cookie, then echo it as X-XSRF-TOKEN (no test shortcut in the filter). */
public final class Csrf {

    private Csrf() {
    }

    public static RequestPostProcessor token(MockMvc mvc) throws Exception {
        Cookie cookie = mvc.perform(get("/api/auth/csrf")).andReturn().getResponse().getCookie("XSRF-TOKEN");
        if (cookie == null) {
            throw new AssertionError("GET /api/auth/csrf set no XSRF-TOKEN cookie");
        }
        return request -> {
            List<Cookie> cookies = new ArrayList<>(request.getCookies() == null ? List.of() : Arrays.asList(request.getCookies()));
            cookies.add(cookie);
            request.setCookies(cookies.toArray(Cookie[]::new));
            request.addHeader("X-XSRF-TOKEN", cookie.getValue());
            return request;
        };
    }
}
