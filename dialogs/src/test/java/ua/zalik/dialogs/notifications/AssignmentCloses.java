package ua.zalik.dialogs.notifications;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.ConsumedEvents;
import ua.zalik.testing.AssignmentClosed;

/** Tells when the consumer has finished an AssignmentClosed (the analysis notice, if any, is planned by then). */
@Component
class AssignmentCloses extends ConsumedEvents<AssignmentClosed> {

    AssignmentCloses() {
        super(AssignmentClosed.class);
    }
}
