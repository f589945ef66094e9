package ua.zalik.dialogs.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import ua.zalik.bot.sending.MenuCommand;
import ua.zalik.bot.sending.Sender;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets the bot's command menu once the app is up: Ukrainian as the default, English for users whose Telegram speaks
 * English. Sender has no per-chat scope yet, so the menu lists every command; /help shows the user's own.
 */
final class CommandMenu {

    private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

    private final DialogEngine engine;
    private final Sender sender;
    private final Texts texts;

    CommandMenu(DialogEngine engine, Sender sender, Texts texts) {
        this.engine = engine;
        this.sender = sender;
        this.texts = texts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publish() {
        // off the start-up thread: a slow Telegram must not hold the app back
        Thread.ofVirtual().name("command-menu").start(() -> {
            boolean set = sender.setCommands(null, menu("uk")) & sender.setCommands("en", menu("en"));
            if (!set) {
                log.warn("Telegram did not take the command menu");
            }
        });
    }

    List<MenuCommand> menu(String language) {
        List<MenuCommand> menu = new ArrayList<>();
        for (Entry entry : engine.entries()) {
            if (entry.listed()) {
                menu.add(new MenuCommand(entry.command(),
                        texts.text(Texts.locale(language), "command." + entry.command())));
            }
        }
        menu.add(new MenuCommand(DialogEngine.CANCEL, texts.text(Texts.locale(language), "command.cancel")));
        return menu;
    }
}
