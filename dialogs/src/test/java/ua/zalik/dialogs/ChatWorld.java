package ua.zalik.dialogs;

import org.springframework.stereotype.Component;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;

/** A fresh school for a chat test, and its accounts linked to private chats no other test uses. */
@Component
public class ChatWorld {

    private final SchoolFixture fixture;
    private final UsersService users;

    ChatWorld(SchoolFixture fixture, UsersService users) {
        this.fixture = fixture;
        this.users = users;
    }

    public SchoolFixture.World school() {
        return fixture.create();
    }

    /** A private chat for the account, in its language. */
    public long link(Account account) {
        long chat = ChatTestSupport.newChat();
        users.linkTelegram(account.id(), new TelegramIdentity(chat, chat, "Test", null, account.language()));
        return chat;
    }
}
