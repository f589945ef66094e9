package ua.zalik.dialogs.engine;

import java.util.List;
import java.util.Map;

/**
 * A chat's conversation as stored (JSON in {@code dialogs.chat_context}): the open dialog and state (null when none),
 * its data, the dialogs waiting under it, the chat's chosen language, the live buttons (token to action) of the last
 * window, which command menu the chat was given (language and roles), and the row's version.
 */
public record DialogContext(String dialog, String state, Map<String, String> data, List<Frame> stack,
                            String language, Map<String, String> buttons, String menu, long version) {

    /** A parent dialog waiting for a sub-dialog to finish. */
    public record Frame(String dialog, String state, Map<String, String> data) {
    }

    public DialogContext {
        data = data == null ? Map.of() : Map.copyOf(data);
        stack = stack == null ? List.of() : List.copyOf(stack);
        buttons = buttons == null ? Map.of() : Map.copyOf(buttons);
    }

    public static DialogContext empty() {
        return new DialogContext(null, null, Map.of(), List.of(), null, Map.of(), null, 0);
    }

    public boolean active() {
        return dialog != null;
    }

    DialogContext withVersion(long newVersion) {
        return new DialogContext(dialog, state, data, stack, language, buttons, menu, newVersion);
    }
}
