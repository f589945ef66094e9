package ua.zalik.testing;

import java.math.BigDecimal;

/** An answer's points (null: not graded yet), for the results table. */
record SlotPoints(long attemptId, int slot, BigDecimal points) {
}
