package ua.zalik.testing;

/** An assignment's results as a file to download: its name without extension ("<test> Results") and its bytes. */
public record ResultsFile(String name, byte[] content) {
}
