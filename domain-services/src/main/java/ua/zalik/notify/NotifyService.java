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

    @Transactional
    public NotificationPreferences save(NotificationPreferences wanted) {
        preferences.save(new StoredPreferences(wanted.accountId(), String.join(",", wanted.disabledKinds().stream().sorted().toList()),
                wanted.quietFrom(), wanted.quietTo(), wanted.digestDay().getValue(), wanted.digestHour()));
        return preferences(wanted.accountId());
    }
}
