package ua.zalik.users;

import ua.zalik.kernel.Role;

import java.time.Instant;

/** A code that lets a Telegram user join a school in a role; {@code deepLink} opens the bot with it. */
public record Invite(long id, String code, long schoolId, Role role, Long classId, Long childId, Instant expiresAt,
                     int maxUses, int uses, boolean revoked, String deepLink) {

    public boolean usable(Instant now) {
        return !revoked && uses < maxUses && now.isBefore(expiresAt);
    }
}
