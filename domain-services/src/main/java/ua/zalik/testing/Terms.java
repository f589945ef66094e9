package ua.zalik.testing;

import java.time.Instant;

/** What holds for one student in one assignment once their override, if any, is applied. */
public record Terms(Instant opensAt, Instant dueAt, Instant closesAt, Integer timeLimitMinutes, int attemptsAllowed) {
}
