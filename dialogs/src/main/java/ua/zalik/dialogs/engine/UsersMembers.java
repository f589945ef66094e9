package ua.zalik.dialogs.engine;

import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.users.Account;
import ua.zalik.users.TelegramAccount;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.TelegramLink;
import ua.zalik.users.UsersService;

import java.util.Optional;

/**
 * The account behind a Telegram user (account and link in one read); writing again after a block (or from a new chat)
 * makes the link live again.
 */
final class UsersMembers implements Members {

    private final UsersService users;

    UsersMembers(UsersService users) {
        this.users = users;
    }

    @Override
    public Optional<Account> whoIs(IncomingUpdate.TelegramUser user, long chatId) {
        Optional<TelegramAccount> found = users.findTelegramAccount(user.id());
        found.ifPresent(known -> {
            TelegramLink link = known.link();
            if (!link.active() || link.chatId() != chatId) {
                users.linkTelegram(known.account().id(), new TelegramIdentity(user.id(), chatId, user.firstName(),
                        user.lastName(), known.account().language()));
            }
        });
        return found.map(TelegramAccount::account);
    }
}
