package ua.zalik.testing;

import org.springframework.stereotype.Component;
import ua.zalik.notify.ReminderDue;
import ua.zalik.outbox.EventHandler;

/**
 * The statistics consumer: every submitted or graded attempt updates its assignment's and class's figures and plans a
 * debounced refresh of the stored item analysis; the refresh runs when its reminder fires. Each step reads the
 * attempts as they are now, so a redelivered event writes the same figures and finds the analysis fresh.
 */
final class StatisticsUpdates {

    private StatisticsUpdates() {
    }

    @Component
    static class OnSubmitted implements EventHandler<AttemptSubmitted> {

        private final Statistics statistics;

        OnSubmitted(Statistics statistics) {
            this.statistics = statistics;
        }

        @Override
        public Class<AttemptSubmitted> eventType() {
            return AttemptSubmitted.class;
        }

        @Override
        public void handle(AttemptSubmitted submitted) {
            statistics.attemptsChanged(submitted.assignmentId());
        }
    }

    @Component
    static class OnGraded implements EventHandler<AttemptGraded> {

        private final Statistics statistics;

        OnGraded(Statistics statistics) {
            this.statistics = statistics;
        }

        @Override
        public Class<AttemptGraded> eventType() {
            return AttemptGraded.class;
        }

        @Override
        public void handle(AttemptGraded graded) {
            statistics.attemptsChanged(graded.assignmentId());
        }
    }

    @Component
    static class OnRefreshDue implements EventHandler<ReminderDue> {

        private final Statistics statistics;

        OnRefreshDue(Statistics statistics) {
            this.statistics = statistics;
        }

        @Override
        public Class<ReminderDue> eventType() {
            return ReminderDue.class;
        }

        @Override
        public void handle(ReminderDue due) {
            if (Statistics.REFRESH_REMINDER.equals(due.kind())) {
                statistics.refresh(Long.parseLong(due.payload().get("assignmentId")));
            }
        }
    }
}
