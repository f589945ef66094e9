package ua.zalik.users;

import ua.zalik.kernel.Role;

import java.time.Duration;

/** A student invite names a class, a parent invite a child; validity defaults to 14 days, uses to 1. */
public record NewInvite(Role role, Long classId, Long childId, Duration validFor, Integer maxUses) {
}
