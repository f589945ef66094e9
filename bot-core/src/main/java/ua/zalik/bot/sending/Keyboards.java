package ua.zalik.bot.sending;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Our keyboard records as the library's markup; callback data past Telegram's 64 bytes is a bug in the caller. */
final class Keyboards {

    static final int MAX_CALLBACK_BYTES = 64;

    private Keyboards() {
    }

    static InlineKeyboardMarkup markup(OutgoingMessage.InlineKeyboard keyboard) {
        if (keyboard == null) {
            return null;
        }
        List<InlineKeyboardRow> rows = keyboard.rows().stream()
                .map(row -> new InlineKeyboardRow(row.stream().map(Keyboards::button).toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    static void validate(OutgoingMessage.InlineKeyboard keyboard) {
        if (keyboard != null) {
            keyboard.rows().forEach(row -> row.forEach(Keyboards::check));
        }
    }

    private static InlineKeyboardButton button(OutgoingMessage.Button button) {
        check(button);
        return button.url() != null
                ? InlineKeyboardButton.builder().text(button.text()).url(button.url()).build()
                : InlineKeyboardButton.builder().text(button.text()).callbackData(button.callbackData()).build();
    }

    private static void check(OutgoingMessage.Button button) {
        if ((button.callbackData() == null) == (button.url() == null)) {
            throw new IllegalArgumentException("button '" + button.text() + "' needs callback data or a URL");
        }
        if (button.callbackData() != null
                && button.callbackData().getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_BYTES) {
            throw new IllegalArgumentException("callback data over " + MAX_CALLBACK_BYTES + " bytes: "
                    + button.callbackData());
        }
    }
}
