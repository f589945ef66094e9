package ua.zalik.dialogs.engine;

import tools.jackson.databind.json.JsonMapper;

/** DialogContext to and from its stored JSON; the version lives in its own column. */
public final class ContextJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContextJson() {
    }

    public static String write(DialogContext context) {
        return JSON.writeValueAsString(context.withVersion(0));
    }

    public static DialogContext read(String json, long version) {
        return JSON.readValue(json, DialogContext.class).withVersion(version);
    }
}
