package ua.zalik.dialogs.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import ua.zalik.bot.sending.MenuCommand;
import ua.zalik.bot.sending.Sender;

import java.util.List;
import java.util.Optional;

/**
 * Sets the bot's command menu once the app is up: Ukrainian as the default, English for users whose Telegram speaks
 * English. Once a chat's account is known, the engine gives that chat a menu of its roles' commands.
 */
final class CommandMenu {

    private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

    private final DialogEngine engine;
    private final Sender sender;

    CommandMenu(DialogEngine engine, Sender sender) {
        this.engine = engine;
        this.sender = sender;
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
        return engine.menu(Texts.locale(language), Optional.empty());
    }
}
