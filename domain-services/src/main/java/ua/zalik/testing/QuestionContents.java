package ua.zalik.testing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The content of question versions in use by attempts, read through the cache so that showing a question does not
 * read the question tables. A version frozen by an attempt never changes again (an edit makes a new version), so an
 * entry stays right as long as it lives; an in-place edit of an unused version evicts it anyway.
 */
@Component
class QuestionContents {

    private final ContentCache cache;
    private final QuestionMapper mapper;
    private final TestingJson json;
    private final Counter hits;
    private final Counter misses;

    QuestionContents(ContentCache cache, QuestionMapper mapper, TestingJson json, ObjectProvider<MeterRegistry> meters) {
        this.cache = cache;
        this.mapper = mapper;
        this.json = json;
        // versions found in the cache vs read from the question tables (bench/ exam burst counts them)
        MeterRegistry registry = meters.getIfAvailable(() -> Metrics.globalRegistry);
        this.hits = registry.counter("zalik.testing.question.contents", "outcome", "hit");
        this.misses = registry.counter("zalik.testing.question.contents", "outcome", "miss");
    }

    Map<QuestionKey, StoredQuestion> get(Collection<QuestionKey> keys) {
        List<QuestionKey> wanted = List.copyOf(new LinkedHashSet<>(keys));
        Map<String, String> cached = cache.getAll(wanted.stream().map(QuestionContents::key).toList());
        Map<QuestionKey, StoredQuestion> found = new HashMap<>();
        List<QuestionKey> missing = new ArrayList<>();
        for (QuestionKey key : wanted) {
            String value = cached.get(key(key));
            if (value == null) {
                missing.add(key);
            } else {
                found.put(key, json.read(value, StoredQuestion.class));
            }
        }
        hits.increment(found.size());
        misses.increment(missing.size());
        if (!missing.isEmpty()) {
            Map<String, String> loaded = new HashMap<>();
            for (StoredQuestion version : mapper.versions(missing)) {
                found.put(new QuestionKey(version.id(), version.version()), version);
                loaded.put(key(new QuestionKey(version.id(), version.version())), json.write(version));
            }
            cache.putAll(loaded);
        }
        return found;
    }

    void evict(QuestionKey key) {
        cache.evict(key(key));
    }

    private static String key(QuestionKey key) {
        return "zalik:testing:question:" + key.questionId() + ":" + key.version();
    }
}
