package ua.zalik.dialogs.account;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.zalik.bot.sending.ChatBlocked;
import ua.zalik.users.UsersService;

/** A 403 from Telegram means the user blocked the bot: the Telegram link goes inactive until they write again. */
@Component
class BlockedChats {

    private final UsersService users;

    BlockedChats(UsersService users) {
        this.users = users;
    }

    @EventListener
    void on(ChatBlocked blocked) {
        users.markTelegramInactive(blocked.chatId());
    }
}
