package ua.zalik.bot;

import org.springframework.stereotype.Component;
import ua.zalik.bot.config.ConditionalOnTelegramBot;
import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.bot.intake.UpdateHandler;
import ua.zalik.bot.sending.Html;
import ua.zalik.bot.sending.OutgoingMessage;
import ua.zalik.bot.sending.Sender;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A trivial conversation: echoes text, answers buttons; remembers what it got and whether a chat ever overlapped. */
@Component
@ConditionalOnTelegramBot
public class EchoHandler implements UpdateHandler {

    private final Sender sender;
    private final List<IncomingUpdate> handled = new CopyOnWriteArrayList<>();
    private final Set<Long> busyChats = ConcurrentHashMap.newKeySet();
    private final List<Long> overlaps = new CopyOnWriteArrayList<>();

    public EchoHandler(Sender sender) {
        this.sender = sender;
    }

    @Override
    public void handle(IncomingUpdate update) {
        if (!busyChats.add(update.chatId())) {
            overlaps.add(update.chatId());
        }
        try {
            handled.add(update);
            switch (update.kind()) {
                case TEXT, COMMAND -> {
                    if ("boom".equals(update.text())) {
                        throw new IllegalStateException("handler failure on purpose");
                    }
                    sender.send(OutgoingMessage.reply(update.chatId(), "echo: " + Html.escape(update.text())));
                }
                case CALLBACK -> sender.answerCallback(update.callback().id(), "got " + update.callback().data(), false);
                default -> { }
            }
        } finally {
            busyChats.remove(update.chatId());
        }
    }

    public List<IncomingUpdate> handledIn(long chatId) {
        return handled.stream().filter(u -> u.chatId() == chatId).toList();
    }

    public List<Long> overlaps() {
        return List.copyOf(overlaps);
    }
}
