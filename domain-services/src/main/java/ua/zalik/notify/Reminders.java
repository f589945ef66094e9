package ua.zalik.notify;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import ua.zalik.outbox.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Plans, moves and cancels reminders; {@link #fireDue()} turns due ones into {@link ReminderDue} events. Due times are
 * compared with the {@link Clock} bean, the one the facades plan them by (tests move it with {@code TestClock}).
 */
@Service
public class Reminders {

    static final int CLAIM_LIMIT = 100;

    private final ReminderMapper mapper;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    Reminders(ReminderMapper mapper, Outbox outbox, JsonMapper json, Clock clock) {
        this.mapper = mapper;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public void plan(ReminderPlan plan) {
        mapper.upsert(plan, json.writeValueAsString(plan.payload()));
    }

    /**
     * Debounces work: plans it {@code delay} from now unless it is already pending, so a burst of calls fires once, at
     * the end of the first call's window. The delay is on the {@link Clock}, the one {@link #fireDue} compares due times
     * with. True when this call planned it.
     */
    @Transactional
    public boolean planUnlessPending(String kind, String subjectKey, Duration delay, Map<String, String> payload) {
        ReminderPlan plan = new ReminderPlan(kind, subjectKey, clock.instant().plus(delay), payload);
        return mapper.planUnlessPending(plan, json.writeValueAsString(plan.payload())) > 0;
    }

    @Transactional
    public boolean cancel(String kind, String subjectKey) {
        return mapper.cancel(kind, subjectKey) > 0;
    }

    /** Cancels every pending reminder of a kind whose key starts with the prefix (e.g. one student's for an assignment). */
    @Transactional
    public int cancelMatching(String kind, String subjectKeyPrefix) {
        return mapper.cancelMatching(kind, subjectKeyPrefix);
    }

    /** Claims due reminders no other worker holds and publishes them; returns how many fired. */
    @Transactional
    public int fireDue() {
        List<StoredReminder> due = mapper.lockDue(clock.instant(), CLAIM_LIMIT);
        for (StoredReminder reminder : due) {
            Map<String, String> payload = json.readValue(reminder.payload(), new TypeReference<>() {
            });
            outbox.record(new ReminderDue(reminder.id(), reminder.kind(), reminder.subjectKey(), payload));
        }
        if (!due.isEmpty()) {
            mapper.markFired(due.stream().map(StoredReminder::id).toList());
        }
        return due.size();
    }
}
