package ua.zalik.rest.auth;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;

/** Sessions and failed-login counters, both in the rest schema. */
@Mapper
interface AuthMapper {

    void insertSession(@Param("tokenHash") byte[] tokenHash, @Param("accountId") long accountId, @Param("expiresAt") Instant expiresAt);

    StoredSession findSession(@Param("tokenHash") byte[] tokenHash);

    void touchSession(@Param("tokenHash") byte[] tokenHash, @Param("expiresAt") Instant expiresAt);

    void deleteSession(@Param("tokenHash") byte[] tokenHash);

    int deleteExpiredSessions();

    Instant blockedUntil(@Param("key") String key);

    /** Counts a failure and returns the new count. */
    int countFailure(@Param("key") String key);

    void block(@Param("key") String key, @Param("until") Instant until);

    void clearFailures(@Param("key") String key);
}
