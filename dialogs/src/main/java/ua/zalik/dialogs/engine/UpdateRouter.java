package ua.zalik.dialogs.engine;

import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.users.Account;

import java.util.Optional;

/**
 * Takes one private update to where it belongs within a turn: a button to the window that drew it (or "out of date"
 * when no stored button has its token), a command to its dialog or reply, text to the open window or an offer, a
 * file or poll to the dialog it opens, a poll answer to the dialog that sent the poll.
 */
final class UpdateRouter {

    private final DialogRegistry registry;
    private final ContextStore store;

    UpdateRouter(DialogRegistry registry, ContextStore store) {
        this.registry = registry;
        this.store = store;
    }

    void route(Conversation conversation, IncomingUpdate update, Optional<Account> account) {
        Turn turn = conversation.turn();
        switch (update.kind()) {
            case CALLBACK -> pressed(conversation, update.callback(), account);
            case COMMAND -> command(conversation, update.command(), update.commandArgument(), account);
            case TEXT -> {
                Dialog<?> offer = conversation.active() ? null : registry.offerOf(update.kind(), account);
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
                        : registry.dialog(origin.dialog());
                if (sender != null && account.isPresent()) {
                    conversation.pollAnswered(sender, origin.tag(), update.pollAnswer().optionIds());
                }
            }
            case DOCUMENT, PHOTO, POLL -> {
                Dialog<?> opener = registry.openerOf(update, account);
                Dialog<?> offer = conversation.active() ? null : registry.offerOf(update.kind(), account);
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

    private static void unexpected(Conversation conversation, Turn turn) {
        if (conversation.active()) {
            conversation.rerender(turn.text("dialogs.unexpected"));
        } else {
            conversation.say(turn.text("dialogs.idle"));
        }
    }

    private void pressed(Conversation conversation, IncomingUpdate.Callback callback, Optional<Account> account) {
        String action = conversation.action(callback.data());
        if (action == null && callback.data() != null && callback.data().startsWith(DialogEngine.COMMAND_BUTTON)) {
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
        if (DialogEngine.CANCEL.equals(word)) {
            if (conversation.active()) {
                conversation.cancel(true);
            } else {
                conversation.say(turn.text("dialogs.nothing-to-cancel"));
            }
            return;
        }
        Entry entry = registry.entry(word);
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
}
