package ua.zalik.dialogs.engine;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Whether a failed turn failed because the database was away or busy for a moment (a restart, a lost connection, a
 * deadlock) rather than because of what the user sent: such a turn rolled back whole and is worth running again.
 */
final class DatabaseAway {

    /** The pauses before each new try of a turn: about 16 s in all, longer than a database restart takes. */
    static final long[] PAUSES_MILLIS = {200, 500, 1_000, 2_000, 4_000, 8_000};

    private DatabaseAway() {
    }

    /** Sleeps; false when interrupted (the process is stopping), with the flag kept. */
    static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // a commit or rollback that failed (on a lost connection the rollback's failure hides the turn's own)
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException || cause instanceof TransactionSystemException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            // 08: connection exceptions; 57P: the server shut down, crashed or is starting
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
