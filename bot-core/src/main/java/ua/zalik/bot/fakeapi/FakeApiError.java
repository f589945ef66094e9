package ua.zalik.bot.fakeapi;

/** An error answer of the Bot API: {"ok":false,"error_code":..,"description":..,"parameters":{"retry_after":..}}. */
final class FakeApiError extends RuntimeException {

    final int status;
    final Integer retryAfter;

    FakeApiError(int status, String description, Integer retryAfter) {
        super(description, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    static FakeApiError badRequest(String description) {
        return new FakeApiError(400, "Bad Request: " + description, null);
    }
}
