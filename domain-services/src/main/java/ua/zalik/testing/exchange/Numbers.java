package ua.zalik.testing.exchange;

import java.math.BigDecimal;

/** Fractions as the percents the formats write (0.5 is "50"), and decimals as typed, exact both ways. */
final class Numbers {

    private Numbers() {
    }

    static String percent(double fraction) {
        return plain(BigDecimal.valueOf(fraction).movePointRight(2));
    }

    /** @throws NumberFormatException when the text is not a decimal number */
    static double fraction(String percent) {
        return decimal(percent).movePointLeft(2).doubleValue();
    }

    /**
     * A decimal as written, refusing what no test needs and would cost millions of digits to compute with (1e-999999999).
     * @throws NumberFormatException when the text is not a decimal number or is that long
     */
    static BigDecimal decimal(String text) {
        BigDecimal value = new BigDecimal(text.strip());
        if (value.precision() > 40 || Math.abs(value.scale()) > 40) {
            throw new NumberFormatException("more than 40 digits");
        }
        return value;
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Trailing zeros dropped ("1.0000000" is 1) so points read back equal to what was written. */
    static BigDecimal points(String text) {
        BigDecimal stripped = decimal(text).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
