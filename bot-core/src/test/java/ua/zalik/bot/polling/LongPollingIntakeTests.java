package ua.zalik.bot.polling;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.telegram.telegrambots.meta.api.objects.Update;
import ua.zalik.bot.intake.UpdateIntake;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * What long polling does with a batch the intake cannot store: Telegram counts a batch as received only when the next
 * getUpdates asks past it, so holding on to it while the database is away loses nothing; giving up would.
 */
class LongPollingIntakeTests {

    private final UpdateIntake intake = mock(UpdateIntake.class);
    private final LongPolling polling = new LongPolling(null, null, null, intake, null);

    @Test
    void anUpdateTheDatabaseCouldNotStoreIsTriedAgainUntilItIsTakenInAndTheNextFollows() {
        Update first = update(1);
        Update second = update(2);
        doThrow(new DataAccessResourceFailureException("connection refused"))
                .doThrow(new DataAccessResourceFailureException("connection refused"))
                .doNothing().when(intake).accept(first);

        polling.consume(List.of(first, second));

        verify(intake, times(3)).accept(first);
        verify(intake, times(2)).retrying();
        verify(intake).accept(second);
    }

    @Test
    void anUpdateThatFailsForAnotherReasonIsNotRetriedAndDoesNotHoldUpTheRest() {
        Update broken = update(1);
        Update next = update(2);
        doThrow(new org.springframework.dao.DataIntegrityViolationException("invalid byte sequence")).when(intake).accept(broken);
        doNothing().when(intake).accept(next);

        polling.consume(List.of(broken, next));

        verify(intake, times(1)).accept(broken);
        verify(intake).accept(next);
        verify(intake, times(0)).retrying();
    }

    @Test
    void whenStoppingItLetsGoInsteadOfWaitingForTheDatabase() {
        doThrow(new DataAccessResourceFailureException("connection refused")).when(intake).accept(any(Update.class));
        polling.stop();

        polling.consume(List.of(update(1), update(2)));

        verify(intake, times(1)).accept(any(Update.class));
    }

    private static Update update(int id) {
        Update update = new Update();
        update.setUpdateId(id);
        return update;
    }
}
