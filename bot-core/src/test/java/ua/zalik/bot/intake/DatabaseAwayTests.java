package ua.zalik.bot.intake;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What is worth trying again: the database away or busy for a moment, never what the user or the code got wrong. */
class DatabaseAwayTests {

    @Test
    void aLostOrRefusedConnectionARestartAndADeadlockAreTheDatabaseAway() {
        assertThat(DatabaseAway.causedBy(new DataAccessResourceFailureException("I/O error"))).isTrue();
        assertThat(DatabaseAway.causedBy(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(DatabaseAway.causedBy(new TransactionSystemException("JDBC rollback failed"))).isTrue();
        assertThat(DatabaseAway.causedBy(new CannotAcquireLockException("deadlock detected"))).isTrue();
        assertThat(DatabaseAway.causedBy(new IllegalStateException("wrapped",
                new SQLTransientConnectionException("pool timed out")))).isTrue();
        assertThat(DatabaseAway.causedBy(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(DatabaseAway.causedBy(new RuntimeException(new SQLException("connection failure", "08006")))).isTrue();
    }

    @Test
    void refusedDataAndBugsAreNot() {
        assertThat(DatabaseAway.causedBy(new DataIntegrityViolationException("invalid byte sequence"))).isFalse();
        assertThat(DatabaseAway.causedBy(new DuplicateKeyException("already there"))).isFalse();
        assertThat(DatabaseAway.causedBy(new RuntimeException(new SQLException("syntax error", "42601")))).isFalse();
        assertThat(DatabaseAway.causedBy(new IllegalArgumentException("a bug"))).isFalse();
        assertThat(DatabaseAway.causedBy(new SQLException("no state"))).isFalse();
    }
}
