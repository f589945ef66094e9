package ua.zalik.rest.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.rest.problems.ProblemTexts;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** "Log in with Telegram": the Login Widget's data, checked on the server, opens the same session as a password. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "auth", description = "Log in and out of the dashboard")
class TelegramLoginController {

    private static final int MAX_FIELDS = 20;
    private static final int MAX_VALUE = 1024;
    private static final Pattern KEY = Pattern.compile("[a-z_]{1,64}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");
    private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{64}");

    private final TelegramLogin telegram;
    private final UsersService users;
    private final Sessions sessions;
    private final ProblemTexts texts;

    TelegramLoginController(TelegramLogin telegram, UsersService users, Sessions sessions, ProblemTexts texts) {
        this.telegram = telegram;
        this.users = users;
        this.sessions = sessions;
        this.texts = texts;
    }

    @PostMapping("/telegram")
    @Operation(summary = "Log in with the Telegram Login Widget's data (id, names, photo_url, auth_date, hash) of a linked account; sets the session cookie")
    ResponseEntity<?> login(@RequestBody Map<String, Object> widget, HttpServletRequest request) {
        if (telegram.botUsername().isEmpty()) {
            throw new NotFoundException(texts.text("problem.telegram.off"));
        }
        TelegramLogin.Verdict verdict = telegram.verify(fields(widget));
        switch (verdict.outcome()) {
            case WRONG_HASH -> {
                return unauthorized(texts.text("problem.telegram.not-signed"));
            }
            case STALE, FROM_THE_FUTURE -> {
                return unauthorized(texts.text("problem.telegram.too-old"));
            }
            case VERIFIED -> {
            }
        }
        Optional<Account> account = users.findByTelegramUser(verdict.telegramUserId());
        if (account.isEmpty()) {
            return unauthorized(texts.text("problem.telegram.not-linked"));
        }
        String token = sessions.open(account.get().id());
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, AuthController.cookie(token, Sessions.LIFETIME, request).toString())
                .body(AuthController.Me.of(account.get()));
    }

    /** The widget's fields as the strings Telegram signed: strings and whole numbers only, id/auth_date/hash present. */
    private Map<String, String> fields(Map<String, Object> widget) {
        if (widget.size() > MAX_FIELDS) {
            throw new InvalidInputException(texts.text("problem.telegram.too-many-fields", String.valueOf(MAX_FIELDS)));
        }
        Map<String, String> fields = new HashMap<>();
        widget.forEach((key, value) -> {
            String text = switch (value) {
                case String s -> s;
                case Integer i -> i.toString();
                case Long l -> l.toString();
                case BigInteger b -> b.toString();
                case null, default -> throw new InvalidInputException(texts.text("problem.telegram.field-type", safe(key)));
            };
            if (!KEY.matcher(key).matches() || text.length() > MAX_VALUE) {
                throw new InvalidInputException(texts.text("problem.telegram.unexpected-field"));
            }
            fields.put(key, text);
        });
        require(fields, "id", WHOLE);
        require(fields, "auth_date", WHOLE);
        require(fields, "hash", HASH);
        return fields;
    }

    private void require(Map<String, String> fields, String key, Pattern form) {
        String value = fields.get(key);
        if (value == null || !form.matcher(value).matches()) {
            throw new InvalidInputException(texts.text("problem.telegram.needs", key));
        }
    }

    private static String safe(String key) {
        return KEY.matcher(key).matches() ? key : "field";
    }

    private static ResponseEntity<ProblemDetail> unauthorized(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setTitle("Unauthorized");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }
}
