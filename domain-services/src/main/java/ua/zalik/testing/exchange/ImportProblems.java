package ua.zalik.testing.exchange;

import ua.zalik.kernel.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with an import file, so one failed import names every problem (up to a limit) at once. */
final class ImportProblems {

    static final int LIMIT = 20;

    private final String format;
    private final List<String> problems = new ArrayList<>();
    private int count;

    ImportProblems(String format) {
        this.format = format;
    }

    /** The file's own text as an error message quotes it: one line, at most 40 characters. */
    static String shown(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 40 ? line : line.substring(0, 39) + "…";
    }

    void add(int line, String problem) {
        count++;
        if (problems.size() < LIMIT) {
            problems.add("line " + line + ": " + problem);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    void throwIfAny() {
        if (count == 0) {
            return;
        }
        StringBuilder message = new StringBuilder("the " + format + " file was not imported: ");
        message.append(count == 1 ? "1 problem" : count + " problems");
        if (count > problems.size()) {
            message.append(" (the first ").append(problems.size()).append(" shown)");
        }
        problems.forEach(problem -> message.append('\n').append(problem));
        throw new InvalidInputException(message.toString());
    }

    /** A problem found while reading one question, thrown to the question's loop and recorded there. */
    static final class Problem extends RuntimeException {

        final int line;

        Problem(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }
}
