package ua.zalik.dialogs.engine;

import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.users.Account;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.TelegramLink;
import ua.zalik.users.UsersService;

import java.util.Optional;

/** The account behind a Telegram user; writing again after a block (or from a new chat) makes the link live again. */
final class UsersMembers implements Members {

    private final UsersService users;

    UsersMembers(UsersService users) {
        this.users = users;
    }

    @Override
    public Optional<Account> whoIs(IncomingUpdate.TelegramUser user, long chatId) {
        Optional<Account> account = users.findByTelegramUser(user.id());
        account.ifPresent(found -> {
            Optional<TelegramLink> link = users.telegramLink(found.id());
            if (link.isEmpty() || !link.get().active() || link.get().chatId() != chatId) {
                users.linkTelegram(found.id(), new TelegramIdentity(user.id(), chatId, user.firstName(),
                        user.lastName(), found.language()));
            }
        });
        return account;
    }
}
