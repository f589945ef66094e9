package ua.zalik.outbox;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Records each ping once; keys starting with "poison" always fail, keys starting with "slow" wait until
 * {@link #slow} is counted down (at most 30 s). A component so every test shares one context.
 */
@Component
class PingHandler implements EventHandler<Ping> {

    final List<String> delivered = new CopyOnWriteArrayList<>();
    final List<String> started = new CopyOnWriteArrayList<>();
    volatile CountDownLatch slow = new CountDownLatch(0);
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
        started.add(ping.key());
        if (ping.key().startsWith("slow")) {
            try {
                slow.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        effects.once("ping:" + ping.key(), () -> delivered.add(ping.key()));
    }
}
