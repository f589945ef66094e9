package ua.zalik.bot.intake;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Whether something failed because the database was away or busy for a moment (a restart, a lost connection, a
 * deadlock) rather than because of what the user sent: storing an update, or a chat turn that rolled back whole, is
 * then worth trying again; anything else is not (trying it again forever would hold everything behind it up).
 */
public final class DatabaseAway {

    /** The pauses before each new try of a chat turn: about 16 s in all, longer than a database restart takes. */
    public static final long[] PAUSES_MILLIS = {200, 500, 1_000, 2_000, 4_000, 8_000};

    private DatabaseAway() {
    }

    /** Sleeps; false when interrupted (the process is stopping), with the flag kept. */
    public static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static boolean causedBy(Throwable failure) {
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
