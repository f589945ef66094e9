package ua.zalik.dialogs.engine;

import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.bot.sending.MenuCommand;
import ua.zalik.users.Account;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The dialogs by the name the stored context keeps, the commands by their word, and which of them a message opens. */
final class DialogRegistry {

    private final Map<String, Dialog<?>> dialogs = new LinkedHashMap<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    DialogRegistry(List<Dialog<?>> dialogs, List<Command> commands) {
        for (Dialog<?> dialog : dialogs) {
            if (dialog.name() == null || this.dialogs.put(dialog.name(), dialog) != null) {
                throw new IllegalStateException("dialog names must be set and unique: " + dialog.name());
            }
            if (dialog.command() != null) {
                register(dialog);
            }
        }
        commands.forEach(this::register);
    }

    private void register(Entry entry) {
        if (!entry.command().matches("[a-z0-9_]{1,32}") || DialogEngine.CANCEL.equals(entry.command())
                || entries.put(entry.command(), entry) != null) {
            throw new IllegalStateException("command /" + entry.command() + " is malformed, reserved or taken twice");
        }
    }

    /** Every dialog by name, as the conversation looks them up. */
    Map<String, Dialog<?>> byName() {
        return Collections.unmodifiableMap(dialogs);
    }

    Dialog<?> dialog(String name) {
        return dialogs.get(name);
    }

    /** The dialog or command a word opens, or null. */
    Entry entry(String command) {
        return entries.get(command);
    }

    List<Entry> entries() {
        return entries.values().stream().sorted(Comparator.comparing(Entry::command)).toList();
    }

    /** The commands the account may use (everyone's, for a guest), with their menu texts, and /cancel last. */
    List<MenuCommand> menu(Texts texts, Locale locale, Optional<Account> account) {
        List<MenuCommand> menu = new ArrayList<>();
        for (Entry entry : entries()) {
            if (entry.listed() && (account.isEmpty() || entry.audience().allows(account))) {
                menu.add(new MenuCommand(entry.command(), texts.textOr(locale, "command." + entry.command(), entry.command())));
            }
        }
        menu.add(new MenuCommand(DialogEngine.CANCEL, texts.text(locale, "command.cancel")));
        return menu;
    }

    /** The dialog a document or poll opens for this user (see {@link Dialog#opensOn()}), or null. */
    Dialog<?> openerOf(IncomingUpdate update, Optional<Account> account) {
        return dialogs.values().stream()
                .filter(d -> d.opensOn().contains(update.kind()) && d.audience().allows(account) && d.takes(update))
                .findFirst().orElse(null);
    }

    /** The dialog that offers to take a message sent while nothing is open (see {@link Dialog#offersOn()}), or null. */
    Dialog<?> offerOf(IncomingUpdate.Kind kind, Optional<Account> account) {
        return dialogs.values().stream().filter(d -> d.offersOn().contains(kind) && d.audience().allows(account))
                .findFirst().orElse(null);
    }
}
