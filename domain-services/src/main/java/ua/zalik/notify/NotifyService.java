package ua.zalik.notify;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.util.Set;

/** Notification preferences of accounts; callers check who may change whose (an account its own). */
@Service
public class NotifyService {

    private final PreferenceMapper preferences;

    NotifyService(PreferenceMapper preferences) {
        this.preferences = preferences;
    }

    @Transactional(readOnly = true)
    public NotificationPreferences preferences(long accountId) {
        StoredPreferences stored = preferences.find(accountId);
        if (stored == null) {
            return NotificationPreferences.defaults(accountId);
        }
        return new NotificationPreferences(stored.accountId(), stored.disabledKinds() == null || stored.disabledKinds().isEmpty()
                ? Set.of() : Set.of(stored.disabledKinds().split(",")), stored.quietFrom(),
                stored.quietTo(), DayOfWeek.of(stored.digestDay()), stored.digestHour());
    }

    /** Turns a kind off when it is on, on when it is off. */
    @Transactional
    public NotificationPreferences toggle(long accountId, NotificationKind kind) {
        NotificationPreferences now = preferences(accountId);
        Set<String> disabled = new java.util.HashSet<>(now.disabledKinds());
        if (!disabled.remove(kind.name())) {
            disabled.add(kind.name());
        }
        return save(new NotificationPreferences(accountId, disabled, now.quietFrom(), now.quietTo(), now.digestDay(), now.digestHour()));
    }

    /** Quiet hours in the school's timezone (may wrap midnight); both null for none. */
    @Transactional
    public NotificationPreferences quietHours(long accountId, java.time.LocalTime from, java.time.LocalTime to) {
        NotificationPreferences now = preferences(accountId);
        return save(new NotificationPreferences(accountId, now.disabledKinds(), from, to, now.digestDay(), now.digestHour()));
    }

    @Transactional
    public NotificationPreferences digest(long accountId, DayOfWeek day, int hour) {
        NotificationPreferences now = preferences(accountId);
        return save(new NotificationPreferences(accountId, now.disabledKinds(), now.quietFrom(), now.quietTo(), day, hour));
    }

    @Transactional
    public NotificationPreferences save(NotificationPreferences wanted) {
        preferences.save(new StoredPreferences(wanted.accountId(), String.join(",", wanted.disabledKinds().stream().sorted().toList()),
                wanted.quietFrom(), wanted.quietTo(), wanted.digestDay().getValue(), wanted.digestHour()));
        return preferences(wanted.accountId());
    }
}
