package ua.zalik.dialogs.engine;

import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.users.Account;

import java.util.Optional;

/** Who writes: the account linked to the Telegram user, if any. */
public interface Members {

    Optional<Account> whoIs(IncomingUpdate.TelegramUser user, long chatId);
}
