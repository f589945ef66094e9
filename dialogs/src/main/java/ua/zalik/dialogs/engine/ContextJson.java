package ua.zalik.dialogs.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** DialogContext to and from its stored JSON; the version lives in its own column. */
public final class ContextJson {

    private static final Logger log = LoggerFactory.getLogger(ContextJson.class);

    // a field an older release wrote, or one a newer release added, is no reason to lose the conversation
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ContextJson() {
    }

    public static String write(DialogContext context) {
        return JSON.writeValueAsString(context.withVersion(0));
    }

    /** An unreadable context starts the chat afresh rather than failing each of its updates. */
    public static DialogContext read(String json, long version) {
        try {
            return JSON.readValue(json, DialogContext.class).withVersion(version);
        } catch (JacksonException e) {
            log.warn("Starting over from an unreadable dialog context: {}", e.getOriginalMessage());
            return DialogContext.empty().withVersion(version);
        }
    }
}
