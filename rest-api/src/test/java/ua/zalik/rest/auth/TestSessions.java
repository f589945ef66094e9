package ua.zalik.rest.auth;

import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ua.zalik.users.Account;

/** Logs an account in without a password round trip: a real session row, sent as the real cookie. */
@Component
public class TestSessions {

    private final Sessions sessions;

    TestSessions(Sessions sessions) {
        this.sessions = sessions;
    }

    public RequestPostProcessor as(Account account) {
        Cookie cookie = new Cookie(SessionFilter.COOKIE, sessions.open(account.id()));
        return request -> {
            request.setCookies(cookie);
            return request;
        };
    }
}
