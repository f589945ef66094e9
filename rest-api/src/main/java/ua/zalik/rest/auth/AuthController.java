package ua.zalik.rest.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.rest.problems.ProblemTexts;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "auth", description = "Log in and out of the dashboard")
class AuthController {

    record Login(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {
    }

    record Me(long id, String fullName, String email, Set<Role> roles, long schoolId, String language) {

        static Me of(Account a) {
            return new Me(a.id(), a.fullName(), a.email(), a.roles(), a.schoolId(), a.language());
        }
    }

    private final UsersService users;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final ProblemTexts texts;

    AuthController(UsersService users, Sessions sessions, LoginThrottle throttle, ProblemTexts texts) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.texts = texts;
    }

    @GetMapping("/csrf")
    @Operation(summary = "Set the XSRF-TOKEN cookie: echo its value in the X-XSRF-TOKEN header of every POST, PUT, PATCH, DELETE")
    Map<String, String> csrf(CsrfToken token) {
        token.getToken(); // loading the deferred token is what writes the cookie
        return Map.of("cookieName", "XSRF-TOKEN", "headerName", token.getHeaderName());
    }

    @PostMapping("/login")
    @Operation(summary = "Log in with email and password; sets the session cookie")
    ResponseEntity<?> login(@Valid @RequestBody Login login, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.wait(login.email(), address);
        if (wait.isPresent()) {
            return tooManyAttempts(wait.get());
        }
        Optional<Account> account = users.authenticate(login.email(), login.password());
        if (account.isEmpty()) {
            throttle.failed(login.email(), address);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, texts.text("problem.wrong-credentials"));
            problem.setTitle("Unauthorized");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        }
        throttle.succeeded(login.email());
        String token = sessions.open(account.get().id());
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie(token, Sessions.LIFETIME, request).toString())
                .body(Me.of(account.get()));
    }

    @PostMapping("/logout")
    @Operation(summary = "End the session")
    ResponseEntity<Void> logout(HttpServletRequest request, HttpServletResponse response) {
        sessions.close(SessionFilter.token(request));
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request).toString()).build();
    }

    @GetMapping("/me")
    @Operation(summary = "Who is logged in")
    Me me(Actor actor) {
        return Me.of(users.account(actor, actor.accountId()));
    }

    static ResponseCookie cookie(String value, Duration maxAge, HttpServletRequest request) {
        return ResponseCookie.from(SessionFilter.COOKIE, value).httpOnly(true).secure(request.isSecure())
                .sameSite("Lax").path("/").maxAge(maxAge).build();
    }

    private ResponseEntity<ProblemDetail> tooManyAttempts(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                texts.text("problem.too-many-logins", String.valueOf(seconds)));
        problem.setTitle("Too Many Requests");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)).body(problem);
    }
}
