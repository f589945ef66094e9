package ua.zalik.notify;

import ua.zalik.kernel.InvalidInputException;

import java.util.List;

/**
 * A message to plan for one account: a bundle key ({@code template}) and its arguments ({@code {0}}, {@code {1}}...,
 * plain text, escaped when rendered, or numbers, which the bundle may format in the recipient's locale, e.g.
 * {@code {0,number,#.#}}), rendered in the recipient's language when it is delivered. The dedupe key names the effect (kind + subject + recipient), so
 * planning it again, e.g. on a redelivered event, changes nothing.
 */
public record Notice(NotificationKind kind, long recipientId, String dedupeKey, String template, List<?> args,
                     List<Button> buttons) {

    /** A button under the message: {@code labelKey} from the bundle; {@code action} a command ("/tests") or an https URL. */
    public record Button(String labelKey, String action) {
    }

    public Notice {
        if (kind == null || dedupeKey == null || dedupeKey.isBlank() || template == null || template.isBlank()) {
            throw new InvalidInputException("a notice needs a kind, a dedupe key and a template");
        }
        args = args == null ? List.of() : List.copyOf(args);
        if (!args.stream().allMatch(arg -> arg instanceof String || arg instanceof Number)) {
            throw new InvalidInputException("a notice's arguments are texts or numbers");
        }
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    public Notice(NotificationKind kind, long recipientId, String dedupeKey, String template, List<?> args) {
        this(kind, recipientId, dedupeKey, template, args, List.of());
    }
}
