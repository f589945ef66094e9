package ua.zalik.bot;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.zalik.bot.sending.ChatBlocked;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every ChatBlocked event, as users would mark the Telegram link inactive. */
@Component
public class ChatBlockedRecorder {

    private final List<Long> blocked = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ChatBlocked event) {
        blocked.add(event.chatId());
    }

    public List<Long> blockedChats() {
        return List.copyOf(blocked);
    }
}
