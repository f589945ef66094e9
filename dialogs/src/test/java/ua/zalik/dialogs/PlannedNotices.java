package ua.zalik.dialogs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ua.zalik.notify.NotificationKind;

/** The notices planned for an account: every chat notice starts as one of these rows, so none planned means none sent. */
@Component
public class PlannedNotices {

    private final JdbcTemplate jdbc;

    PlannedNotices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int count(long recipientId, NotificationKind kind) {
        return jdbc.queryForObject("select count(*) from notify.notification where recipient_id = ? and kind = ?",
                Integer.class, recipientId, kind.name());
    }
}
