package ua.zalik.outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Records an event in the caller's transaction; the relay publishes it to the queue after commit. */
@Service
public class Outbox {

    private final OutboxMapper mapper;
    private final JsonMapper json;

    Outbox(OutboxMapper mapper, JsonMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Object event) {
        mapper.insertEvent(EventTypes.nameOf(event.getClass()), json.writeValueAsString(event));
    }
}
