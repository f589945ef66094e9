package ua.zalik.dialogs.notifications;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import ua.zalik.dialogs.ConsumedEvents;
import ua.zalik.testing.AttemptGraded;

/** Tells when the consumer has finished an AttemptGraded (the result's notices, if any, are planned by then). */
@Component
class AttemptGrades extends ConsumedEvents<AttemptGraded> {

    AttemptGrades(MeterRegistry meters) {
        super(AttemptGraded.class, meters);
    }
}
