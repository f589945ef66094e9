package ua.zalik.testing;

import java.math.BigDecimal;
import java.time.Instant;

record RosterRow(long studentId, Instant dueAt, boolean submitted, BigDecimal percent) {
}
