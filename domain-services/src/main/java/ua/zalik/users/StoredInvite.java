package ua.zalik.users;

import java.time.Instant;

record StoredInvite(long id, String code, long schoolId, String role, Long classId, Long childId, Long createdBy, Instant expiresAt,
                    int maxUses, int uses, boolean revoked) {
}
