package ua.zalik.testing;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.Map;

/**
 * The attempt rows the current transaction has locked. While the lock is held nobody else can change such a row, so a
 * second look in the same transaction (a chat turn saves an answer, then shows the next question) needs no statement;
 * whatever this transaction changes in the row itself must be {@link #changed forgotten}.
 */
@Component
class HeldAttempts {

    private static final Object KEY = HeldAttempts.class.getName() + ".held";

    private final AttemptMapper mapper;

    HeldAttempts(AttemptMapper mapper) {
        this.mapper = mapper;
    }

    /** The student's own attempt, locked; null when there is none or it is another student's. */
    StoredAttempt lockOwn(long attemptId, long studentId) {
        Map<Long, StoredAttempt> held = held();
        StoredAttempt attempt = held == null ? null : held.get(attemptId);
        if (attempt != null) {
            return attempt.studentId() == studentId ? attempt : null;
        }
        attempt = mapper.lockOwnAttempt(attemptId, studentId);
        if (attempt != null && held != null) {
            held.put(attemptId, attempt);
        }
        return attempt;
    }

    /** A row this transaction has just inserted: nobody else sees it before the commit, let alone changes it. */
    StoredAttempt inserted(StoredAttempt attempt) {
        Map<Long, StoredAttempt> held = held();
        if (held != null) {
            held.put(attempt.id(), attempt);
        }
        return attempt;
    }

    /** This transaction changed the row (submitted or graded it): the next look reads it again. */
    void changed(long attemptId) {
        Map<Long, StoredAttempt> held = held();
        if (held != null) {
            held.remove(attemptId);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, StoredAttempt> held() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Map<Long, StoredAttempt> held = (Map<Long, StoredAttempt>) TransactionSynchronizationManager.getResource(KEY);
        if (held == null) {
            Map<Long, StoredAttempt> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            held = fresh;
        }
        return held;
    }
}
