package ua.zalik.dialogs.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.zalik.bot.intake.HandledUpdates;
import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.bot.intake.UpdateHandler;
import ua.zalik.bot.sending.MenuCommand;
import ua.zalik.bot.sending.SentPoll;
import ua.zalik.users.Account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one UpdateHandler: per update it locks the chat's context, lets the open dialog (or the command) act, keeps the
 * context, then sends. A failing turn keeps nothing and tells the user politely; every button press is answered. The
 * update is marked handled in the turn's transaction: a committed turn is never replayed, a rolled-back one is.
 */
public final class DialogEngine implements UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(DialogEngine.class);
    static final String CANCEL = "cancel";
    /** Callback data of a button that opens a command ("/tests", "/grade 42"), used under notifications. */
    public static final String COMMAND_BUTTON = "/";

    private final Map<String, Dialog<?>> dialogs = new LinkedHashMap<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final ContextStore store;
    private final ChatOutput output;
    private final Members members;
    private final Texts texts;
    private final HandledUpdates handled;

    public DialogEngine(List<Dialog<?>> dialogs, List<Command> commands, ContextStore store, ChatOutput output,
                        Members members, Texts texts) {
        this(dialogs, commands, store, output, members, texts, HandledUpdates.NONE);
    }

    public DialogEngine(List<Dialog<?>> dialogs, List<Command> commands, ContextStore store, ChatOutput output,
                        Members members, Texts texts, HandledUpdates handled) {
        this.handled = handled;
        this.store = store;
        this.output = output;
        this.members = members;
        this.texts = texts;
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
        if (!entry.command().matches("[a-z0-9_]{1,32}") || CANCEL.equals(entry.command())
                || entries.put(entry.command(), entry) != null) {
            throw new IllegalStateException("command /" + entry.command() + " is malformed, reserved or taken twice");
        }
    }

    /** Every command, by name: what /help and the command menu list. */
    public List<Entry> entries() {
        return entries.values().stream().sorted(Comparator.comparing(Entry::command)).toList();
    }

    /** The commands the account may use (everyone's, for a guest), with their menu texts, and /cancel last. */
    public List<MenuCommand> menu(Locale locale, Optional<Account> account) {
        List<MenuCommand> menu = new ArrayList<>();
        for (Entry entry : entries()) {
            if (entry.listed() && (account.isEmpty() || entry.audience().allows(account))) {
                menu.add(new MenuCommand(entry.command(), texts.textOr(locale, "command." + entry.command(), entry.command())));
            }
        }
        menu.add(new MenuCommand(CANCEL, texts.text(locale, "command.cancel")));
        return menu;
    }

    public List<Dialog<?>> dialogs() {
        return List.copyOf(dialogs.values());
    }

    @Override
    public boolean marksHandled() {
        return true;
    }

    @Override
    public void handle(IncomingUpdate update) {
        if (update.chatType() != IncomingUpdate.ChatType.PRIVATE || update.from() == null) {
            // conversations are private; a press elsewhere still gets its answer so the button stops spinning
            if (update.callback() != null) {
                deliver(List.of(new Effect.AnswerCallback(update.callback().id(), null)));
            }
            handled.markHandled(update.updateId());
            return;
        }
        List<Effect> effects;
        try {
            effects = store.update(update.chatId(), context -> turn(context, update, false));
        } catch (AlreadyHandled e) {
            log.info("Update {} was handled already; not replaying it", update.updateId());
            return;
        } catch (RuntimeException e) {
            log.error("The update failed; telling the user", e);
            effects = recover(update);
        }
        deliver(effects);
    }

    private List<Effect> recover(IncomingUpdate update) {
        try {
            return store.update(update.chatId(), context -> turn(context, update, true));
        } catch (AlreadyHandled e) {
            return List.of();
        } catch (RuntimeException e) {
            log.error("Could not even apologise", e);
            return update.callback() == null ? List.of()
                    : List.of(new Effect.AnswerCallback(update.callback().id(), null));
        }
    }

    private ContextStore.Change turn(DialogContext context, IncomingUpdate update, boolean failed) {
        // under the chat's lock, so a replay racing the original waits for it and then finds the mark
        if (!handled.markHandled(update.updateId())) {
            throw new AlreadyHandled();
        }
        Optional<Account> account = members.whoIs(update.from(), update.chatId());
        Conversation conversation = new Conversation(context, update, account, dialogs, texts, output::download);
        Turn turn = conversation.turn();
        if (failed) {
            if (update.callback() != null) {
                conversation.answer(update.callback().id(), turn.text("dialogs.error"));
            }
            conversation.say(turn.text("dialogs.error"));
            if (conversation.active()) {
                conversation.rerender(null);
            }
        } else {
            switch (update.kind()) {
                case CALLBACK -> pressed(conversation, update.callback(), account);
                case COMMAND -> command(conversation, update.command(), update.commandArgument(), account);
                case TEXT -> {
                    Dialog<?> offer = conversation.active() ? null : offerOf(update.kind(), account);
                    if (conversation.active()) {
                        conversation.text(update.text());
                    } else if (offer != null) {
                        conversation.open(offer, update.text());
                    } else {
                        conversation.say(turn.text("dialogs.idle"));
                    }
                }
                case POLL_ANSWER -> {
                    PollOrigin origin = store.poll(update.pollAnswer().pollId());
                    Dialog<?> sender = origin == null || origin.chatId() != update.chatId() ? null
                            : dialogs.get(origin.dialog());
                    if (sender != null && account.isPresent()) {
                        conversation.pollAnswered(sender, origin.tag(), update.pollAnswer().optionIds());
                    }
                }
                case DOCUMENT, PHOTO, POLL -> {
                    Dialog<?> opener = openerOf(update, account);
                    Dialog<?> offer = conversation.active() ? null : offerOf(update.kind(), account);
                    if (opener != null) {
                        conversation.cancel(false);
                        conversation.open(opener, "");
                    } else if (offer != null) {
                        conversation.open(offer, "");
                    } else {
                        unexpected(conversation, turn);
                    }
                }
                default -> unexpected(conversation, turn);
            }
        }
        account.ifPresent(a -> conversation.menu(turn.language() + ":" + a.roles().stream().map(Enum::name).sorted().toList(),
                () -> menu(Texts.locale(turn.language()), account)));
        return new ContextStore.Change(conversation.result(context.version()), conversation.effects());
    }

    private static void unexpected(Conversation conversation, Turn turn) {
        if (conversation.active()) {
            conversation.rerender(turn.text("dialogs.unexpected"));
        } else {
            conversation.say(turn.text("dialogs.idle"));
        }
    }

    /** The dialog a document or poll opens for this user (see {@link Dialog#opensOn()}), or null. */
    private Dialog<?> openerOf(IncomingUpdate update, Optional<Account> account) {
        return dialogs.values().stream()
                .filter(d -> d.opensOn().contains(update.kind()) && d.audience().allows(account) && d.takes(update))
                .findFirst().orElse(null);
    }

    /** The dialog that offers to take a message sent while nothing is open (see {@link Dialog#offersOn()}), or null. */
    private Dialog<?> offerOf(IncomingUpdate.Kind kind, Optional<Account> account) {
        return dialogs.values().stream().filter(d -> d.offersOn().contains(kind) && d.audience().allows(account))
                .findFirst().orElse(null);
    }

    private void pressed(Conversation conversation, IncomingUpdate.Callback callback, Optional<Account> account) {
        String action = conversation.action(callback.data());
        if (action == null && callback.data() != null && callback.data().startsWith(COMMAND_BUTTON)) {
            // a button under a notification opens its command, which checks who asks like a typed one
            conversation.answer(callback.id(), null);
            String[] words = callback.data().substring(1).split(" ", 2);
            command(conversation, words[0], words.length > 1 ? words[1] : null, account);
            return;
        }
        if (action == null) {
            conversation.answer(callback.id(), conversation.turn().text("dialogs.stale-button"));
            return;
        }
        conversation.answer(callback.id(), null);
        conversation.editing(callback.messageId());
        conversation.button(action);
    }

    private void command(Conversation conversation, String word, String argument, Optional<Account> account) {
        Turn turn = conversation.turn();
        if (CANCEL.equals(word)) {
            if (conversation.active()) {
                conversation.cancel(true);
            } else {
                conversation.say(turn.text("dialogs.nothing-to-cancel"));
            }
            return;
        }
        Entry entry = entries.get(word);
        if (entry == null) {
            conversation.say(turn.text("dialogs.unknown-command", "/" + word));
        } else if (!entry.audience().allows(account)) {
            conversation.say(turn.text(account.isEmpty() ? "dialogs.join-first" : "dialogs.not-for-you"));
        } else if (entry instanceof Command command) {
            conversation.say(command.reply(turn));
        } else if (entry instanceof Dialog<?> dialog) {
            conversation.cancel(false);
            conversation.open(dialog, argument);
        }
    }

    private void deliver(List<Effect> effects) {
        for (Effect effect : effects) {
            try {
                switch (effect) {
                    case Effect.Send send -> output.send(send.message());
                    case Effect.SendPhoto photo -> output.sendPhoto(photo.photo());
                    case Effect.SendDocument document -> output.sendDocument(document.document());
                    case Effect.SendPoll poll -> {
                        SentPoll sent = output.sendPoll(poll.poll());
                        if (sent.delivered() && sent.pollId() != null) {
                            store.pollSent(sent.pollId(), new PollOrigin(poll.poll().chatId(), poll.dialog(), poll.tag()));
                        }
                    }
                    case Effect.AnswerCallback answer -> output.answerCallback(answer.callbackQueryId(), answer.text());
                    case Effect.SetMenu menu -> output.setMenu(menu.chatId(), menu.commands());
                }
            } catch (RuntimeException e) {
                log.warn("Could not deliver {}", effect, e);
            }
        }
    }

    /** A replayed update whose original turn committed meanwhile: the turn leaves nothing. */
    private static final class AlreadyHandled extends RuntimeException {
        AlreadyHandled() {
            super(null, null, false, false);
        }
    }
}
