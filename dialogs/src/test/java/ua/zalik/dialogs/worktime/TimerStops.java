package ua.zalik.dialogs.worktime;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import ua.zalik.dialogs.ConsumedEvents;
import ua.zalik.worktime.TimerStopped;

/** Tells when the consumer has finished a TimerStopped (the goal's notice, if any, is planned by then). */
@Component
class TimerStops extends ConsumedEvents<TimerStopped> {

    TimerStops(MeterRegistry meters) {
        super(TimerStopped.class, meters);
    }
}
