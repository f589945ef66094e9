package ua.zalik.testing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The content of question versions in use by attempts, read through the cache so that showing a question does not
 * read the question tables. A version frozen by an attempt never changes again (an edit makes a new version), so an
 * entry stays right as long as it lives; an in-place edit of an unused version evicts it anyway.
 * <p>
 * In front of the shared cache, this process keeps the versions it has read, parsed, with their parsed bodies: a
 * chat turn asks for the same question two or three times (grade the answer, show the next one), and a class asks for
 * the same twenty. A version joins it only once the transaction that read it has committed: every caller reads the
 * versions of an attempt's layout, marked used in the transaction that froze them, and a committed mark is never
 * undone, so an entry here can never be edited in place (which would evict the shared cache but not other processes').
 */
@Component
class QuestionContents {

    static final int KEPT_IN_PROCESS = 4_096;

    private final ContentCache cache;
    private final QuestionMapper mapper;
    private final TestingJson json;
    private final Counter hits;
    private final Counter misses;
    private final Map<QuestionKey, Frozen> frozen = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<QuestionKey, Frozen> eldest) {
            return size() > KEPT_IN_PROCESS;
        }
    };

    QuestionContents(ContentCache cache, QuestionMapper mapper, TestingJson json, ObjectProvider<MeterRegistry> meters) {
        this.cache = cache;
        this.mapper = mapper;
        this.json = json;
        // versions found in a cache vs read from the question tables (bench/ exam burst counts them)
        MeterRegistry registry = meters.getIfAvailable(() -> Metrics.globalRegistry);
        this.hits = registry.counter("zalik.testing.question.contents", "outcome", "hit");
        this.misses = registry.counter("zalik.testing.question.contents", "outcome", "miss");
    }

    Map<QuestionKey, StoredQuestion> get(Collection<QuestionKey> keys) {
        Map<QuestionKey, StoredQuestion> found = new HashMap<>();
        List<QuestionKey> elsewhere = new ArrayList<>();
        synchronized (frozen) {
            for (QuestionKey key : new LinkedHashSet<>(keys)) {
                Frozen kept = frozen.get(key);
                if (kept == null) {
                    elsewhere.add(key);
                } else {
                    found.put(key, kept.stored);
                }
            }
        }
        if (elsewhere.isEmpty()) {
            hits.increment(found.size());
            return found;
        }
        Map<String, String> cached = cache.getAll(elsewhere.stream().map(QuestionContents::key).toList());
        Map<QuestionKey, StoredQuestion> read = new HashMap<>();
        List<QuestionKey> missing = new ArrayList<>();
        for (QuestionKey key : elsewhere) {
            String value = cached.get(key(key));
            if (value == null) {
                missing.add(key);
            } else {
                read.put(key, json.read(value, StoredQuestion.class));
            }
        }
        hits.increment(found.size() + read.size());
        misses.increment(missing.size());
        if (!missing.isEmpty()) {
            Map<String, String> loaded = new HashMap<>();
            for (StoredQuestion version : mapper.versions(missing)) {
                read.put(new QuestionKey(version.id(), version.version()), version);
                loaded.put(key(new QuestionKey(version.id(), version.version())), json.write(version));
            }
            cache.putAll(loaded);
        }
        keepOnceCommitted(read);
        found.putAll(read);
        return found;
    }

    /** The body of a version {@link #get} returned, parsed once in this process. */
    QuestionBody body(StoredQuestion question) {
        Frozen kept;
        synchronized (frozen) {
            kept = frozen.get(new QuestionKey(question.id(), question.version()));
        }
        if (kept == null || !kept.stored.body().equals(question.body())) {
            return json.read(question.body(), QuestionBody.class);
        }
        QuestionBody body = kept.body;
        if (body == null) {
            body = json.read(question.body(), QuestionBody.class);
            kept.body = body; // a race parses twice; both are the same
        }
        return body;
    }

    void evict(QuestionKey key) {
        synchronized (frozen) {
            frozen.remove(key);
        }
        cache.evict(key(key));
    }

    private void keepOnceCommitted(Map<QuestionKey, StoredQuestion> read) {
        if (read.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            keep(read);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keep(read);
            }
        });
    }

    private void keep(Map<QuestionKey, StoredQuestion> read) {
        synchronized (frozen) {
            read.forEach((key, question) -> frozen.putIfAbsent(key, new Frozen(question)));
        }
    }

    private static String key(QuestionKey key) {
        return "zalik:testing:question:" + key.questionId() + ":" + key.version();
    }

    private static final class Frozen {
        final StoredQuestion stored;
        volatile QuestionBody body;

        Frozen(StoredQuestion stored) {
            this.stored = stored;
        }
    }
}
