package ua.zalik.outbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs an effect at most once per dedupe key (e.g. "reminder:assignment-7:student-42:24h"). */
@Service
public class Effects {

    private final OutboxMapper mapper;

    Effects(OutboxMapper mapper) {
        this.mapper = mapper;
    }

    /** The key is claimed in the effect's own transaction: if the effect fails, the claim rolls back with it. */
    @Transactional
    public boolean once(String dedupeKey, Runnable effect) {
        if (mapper.claimEffect(dedupeKey) == 0) {
            return false;
        }
        effect.run();
        return true;
    }
}
