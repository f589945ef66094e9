package ua.zalik.dialogs.notifications;

import org.springframework.stereotype.Component;
import ua.zalik.outbox.EventHandler;
import ua.zalik.testing.AssignmentClosed;

import java.util.List;

/** Notices an assignment's close plans: the results its review releases then, the teacher's item analysis. */
interface ClosingNotices {

    /** Plans them for the closed assignment; once per recipient (dedupe keys), however often the event comes. */
    void closed(long assignmentId);

    /** Hands each closed assignment to every {@link ClosingNotices} through its bean, so each runs in its own transaction. */
    @Component
    class OnClosed implements EventHandler<AssignmentClosed> {

        private final List<ClosingNotices> notices;

        OnClosed(List<ClosingNotices> notices) {
            this.notices = List.copyOf(notices);
        }

        @Override
        public Class<AssignmentClosed> eventType() {
            return AssignmentClosed.class;
        }

        @Override
        public void handle(AssignmentClosed closed) {
            notices.forEach(each -> each.closed(closed.assignmentId()));
        }
    }
}
