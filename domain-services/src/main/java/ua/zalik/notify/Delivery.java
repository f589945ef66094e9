package ua.zalik.notify;

import java.time.Instant;
import java.util.List;

/** What to do with a planned notification now: send it to a chat, wait (quiet hours), or nothing. */
public sealed interface Delivery {

    record Send(long notificationId, long chatId, String language, String template, List<Object> args,
                List<Notice.Button> buttons) implements Delivery {
    }

    record Later(Instant at) implements Delivery {
    }

    /** Already sent or being sent, turned off by the recipient, or no Telegram chat to write to. */
    record Nothing(String why) implements Delivery {
    }
}
