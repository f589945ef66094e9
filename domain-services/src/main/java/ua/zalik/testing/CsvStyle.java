package ua.zalik.testing;

/** How a results CSV separates cells and writes decimals. */
public enum CsvStyle {
    /** RFC 4180: comma between cells, a point in decimals. */
    STANDARD(',', '.'),
    /** What Excel expects on a Ukrainian (or any comma-decimal) Windows: semicolons and decimal commas. */
    SEMICOLON(';', ',');

    private final char separator;
    private final char decimal;

    CsvStyle(char separator, char decimal) {
        this.separator = separator;
        this.decimal = decimal;
    }

    public char separator() {
        return separator;
    }

    public char decimal() {
        return decimal;
    }
}
