package ua.zalik.testing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** In the worker role: submits attempts whose deadline passed; any number of workers may sweep at once. */
@Component
@ConditionalOnExpression("'${zalik.roles:api,bot,worker}'.contains('worker')")
class AttemptSweeper {

    private static final Logger log = LoggerFactory.getLogger(AttemptSweeper.class);

    private final Attempts attempts;

    AttemptSweeper(Attempts attempts) {
        this.attempts = attempts;
    }

    @Scheduled(fixedDelayString = "${zalik.testing.sweep-period:10s}")
    void sweep() {
        try {
            while (attempts.submitOverdue() == Attempts.SWEEP_LIMIT) {
                // more are overdue: keep sweeping
            }
        } catch (RuntimeException e) {
            log.warn("Submitting overdue attempts failed, will retry: {}", e.toString());
        }
    }
}
