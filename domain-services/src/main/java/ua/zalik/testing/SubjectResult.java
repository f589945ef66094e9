package ua.zalik.testing;

import java.math.BigDecimal;
import java.time.Instant;

public record SubjectResult(Instant at, BigDecimal percent) {
}
