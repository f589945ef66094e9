package ua.zalik.dialogs.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.zalik.bot.intake.DatabaseAway;
import ua.zalik.bot.intake.HandledUpdates;
import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.bot.intake.UpdateHandler;
import ua.zalik.bot.sending.MenuCommand;
import ua.zalik.users.Account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one UpdateHandler: per update it locks the chat's context, lets the open dialog (or the command) act, keeps the
 * context, then sends. A turn that failed because the database was away is run again a few times (it kept nothing);
 * any other failing turn keeps nothing and tells the user politely; every button press is answered. The
 * update is marked handled in the turn's transaction: a committed turn is never replayed, a rolled-back one is; its
 * replies are kept in the same transaction ({@link ChatOutbox}), so a committed turn's replies are sent even when this
 * instance dies before sending them.
 */
public final class DialogEngine implements UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(DialogEngine.class);
    static final String CANCEL = "cancel";
    /** Callback data of a button that opens a command ("/tests", "/grade 42"), used under notifications. */
    public static final String COMMAND_BUTTON = "/";

    private final DialogRegistry registry;
    private final UpdateRouter router;
    private final EffectDelivery delivery;
    private final ContextStore store;
    private final ChatOutput output;
    private final Members members;
    private final Texts texts;
    private final HandledUpdates handled;
    private final ChatOutbox outbox;

    public DialogEngine(List<Dialog<?>> dialogs, List<Command> commands, ContextStore store, ChatOutput output,
                        Members members, Texts texts) {
        this(dialogs, commands, store, output, members, texts, HandledUpdates.NONE);
    }

    public DialogEngine(List<Dialog<?>> dialogs, List<Command> commands, ContextStore store, ChatOutput output,
                        Members members, Texts texts, HandledUpdates handled) {
        this(dialogs, commands, store, output, members, texts, handled, ChatOutbox.NONE);
    }

    public DialogEngine(List<Dialog<?>> dialogs, List<Command> commands, ContextStore store, ChatOutput output,
                        Members members, Texts texts, HandledUpdates handled, ChatOutbox outbox) {
        this.handled = handled;
        this.outbox = outbox;
        this.store = store;
        this.output = output;
        this.members = members;
        this.texts = texts;
        this.registry = new DialogRegistry(dialogs, commands);
        this.router = new UpdateRouter(registry, store);
        this.delivery = new EffectDelivery(output, store, outbox, outbox.lease());
    }

    /** Every command, by name: what /help and the command menu list. */
    public List<Entry> entries() {
        return registry.entries();
    }

    /** The commands the account may use (everyone's, for a guest), with their menu texts, and /cancel last. */
    public List<MenuCommand> menu(Locale locale, Optional<Account> account) {
        return registry.menu(texts, locale, account);
    }

    public List<Dialog<?>> dialogs() {
        return List.copyOf(registry.byName().values());
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
                delivery.deliver(List.of(new Effect.AnswerCallback(update.callback().id(), null)));
            }
            handled.markHandled(update.updateId());
            return;
        }
        List<Effect> effects;
        AtomicReference<List<Long>> kept = new AtomicReference<>(List.of());
        for (int tries = 0; ; tries++) {
            try {
                effects = store.update(update.chatId(), context -> turn(context, update, false, kept));
                break;
            } catch (AlreadyHandled e) {
                log.info("Update {} was handled already; not replaying it", update.updateId());
                return;
            } catch (RuntimeException e) {
                kept.set(List.of()); // rolled back with the turn
                if (tries < DatabaseAway.PAUSES_MILLIS.length && DatabaseAway.causedBy(e)) {
                    long pause = DatabaseAway.PAUSES_MILLIS[tries];
                    log.warn("The turn failed on the database (try {}), again in {} ms: {}", tries + 1, pause, e.toString());
                    if (DatabaseAway.pause(pause)) {
                        continue;
                    }
                    return; // stopping: the update is not marked handled, the recovery sweep replays it
                }
                log.error("The update failed; telling the user", e);
                effects = recover(update, kept);
                break;
            }
        }
        delivery.deliver(effects, kept.get());
    }

    private List<Effect> recover(IncomingUpdate update, AtomicReference<List<Long>> kept) {
        try {
            return store.update(update.chatId(), context -> turn(context, update, true, kept));
        } catch (AlreadyHandled e) {
            return List.of();
        } catch (RuntimeException e) {
            log.error("Could not even apologise", e);
            kept.set(List.of());
            return update.callback() == null ? List.of()
                    : List.of(new Effect.AnswerCallback(update.callback().id(), null));
        }
    }

    private ContextStore.Change turn(DialogContext context, IncomingUpdate update, boolean failed,
                                     AtomicReference<List<Long>> kept) {
        // under the chat's lock, so a replay racing the original waits for it and then finds the mark
        if (!handled.markHandled(update.updateId())) {
            throw new AlreadyHandled();
        }
        Optional<Account> account = members.whoIs(update.from(), update.chatId());
        Conversation conversation = new Conversation(context, update, account, registry.byName(), texts, output::download);
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
            router.route(conversation, update, account);
        }
        account.ifPresent(a -> conversation.menu(turn.language() + ":" + a.roles().stream().map(Enum::name).sorted().toList(),
                () -> menu(Texts.locale(turn.language()), account)));
        List<Effect> effects = conversation.effects();
        // the last statement of the turn: a turn that fails after it keeps none of them
        kept.set(outbox.keep(update.chatId(), effects));
        return new ContextStore.Change(conversation.result(context.version()), effects);
    }

    /** A replayed update whose original turn committed meanwhile: the turn leaves nothing. */
    private static final class AlreadyHandled extends RuntimeException {
        AlreadyHandled() {
            super(null, null, false, false);
        }
    }
}
