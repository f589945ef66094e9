package ua.zalik.dialogs.notes;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import ua.zalik.dialogs.ConsumedEvents;
import ua.zalik.notes.NoteShared;

/** Tells when the consumer has finished a NoteShared (its notices are planned by then). */
@Component
class NoteShares extends ConsumedEvents<NoteShared> {

    NoteShares(MeterRegistry meters) {
        super(NoteShared.class, meters);
    }
}
