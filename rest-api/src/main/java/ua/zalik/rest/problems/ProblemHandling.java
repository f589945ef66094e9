package ua.zalik.rest.problems;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import ua.zalik.kernel.ConflictException;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.testing.ImportFailure;
import ua.zalik.testing.QuestionFileRejected;

import java.util.List;
import java.util.Map;

/** Every error the API answers is application/problem+json with a detail a person can act on. */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    private final ProblemTexts texts;

    ProblemHandling(ProblemTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, texts.fromDomain(e.getMessage()));
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, e instanceof ForbiddenException ? texts.fromDomain(e.getMessage()) : texts.text("problem.access-denied"));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, texts.fromDomain(e.getMessage()));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, texts.text("problem.duplicate"));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, texts.fromDomain(e.getMessage()));
    }

    /** A refused question file: its problems in the request's language, and as {@code problems} [{line, text}]. */
    @ExceptionHandler(QuestionFileRejected.class)
    ProblemDetail fileRejected(QuestionFileRejected e) {
        ImportFailure failure = e.failure();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, texts.importFailure(failure));
        problem.setProperty("problems", failure.problems().stream()
                .map(line -> Map.of("line", line.line(), "text", texts.importProblem(line))).toList());
        return problem;
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, texts.fromDomain(e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, texts.text("problem.type-mismatch", e.getName()));
    }

    /**
     * The database away for a moment (restarting, a lost connection) or a deadlock: not the client's mistake and not a
     * bug; 503 with Retry-After, so the dashboard and Telegram (for the webhook) try again.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class, TransactionSystemException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.warn("The database is unavailable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, texts.text("problem.unavailable")));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, texts.text("problem.unexpected"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = PayloadTooLargeException.in(e);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
        }
        // a record's own check (e.g. a question body with no right option) speaks more clearly than "not valid JSON"
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return ResponseEntity.badRequest().body(invalid(invalid));
            }
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, texts.text("problem.unreadable")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, errors.isEmpty() ? texts.text("problem.invalid")
                : errors.stream().map(m -> m.get("field") + ": " + m.get("message")).reduce((a, b) -> a + "; " + b).orElseThrow());
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, texts.text("problem.invalid-parameters", e.getAllErrors().stream()
                .map(error -> String.valueOf(error.getDefaultMessage())).reduce((a, b) -> a + "; " + b).orElse(""))));
    }

    static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
