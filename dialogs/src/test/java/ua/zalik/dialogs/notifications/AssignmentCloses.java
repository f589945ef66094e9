package ua.zalik.dialogs.notifications;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import ua.zalik.dialogs.ConsumedEvents;
import ua.zalik.testing.AssignmentClosed;

/** Tells when the consumer has finished an AssignmentClosed (the analysis notice, if any, is planned by then). */
@Component
class AssignmentCloses extends ConsumedEvents<AssignmentClosed> {

    AssignmentCloses(MeterRegistry meters) {
        super(AssignmentClosed.class, meters);
    }
}
