package ua.zalik.outbox;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records each ping once; keys starting with "poison" always fail. A component so every test shares one context. */
@Component
class PingHandler implements EventHandler<Ping> {

    final List<String> delivered = new CopyOnWriteArrayList<>();
    private final Effects effects;

    PingHandler(Effects effects) {
        this.effects = effects;
    }

    @Override
    public Class<Ping> eventType() {
        return Ping.class;
    }

    @Override
    public void handle(Ping ping) {
        if (ping.key().startsWith("poison")) {
            throw new IllegalStateException("cannot handle " + ping.key());
        }
        effects.once("ping:" + ping.key(), () -> delivered.add(ping.key()));
    }
}
