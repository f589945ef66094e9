package ua.zalik.testing.exchange;

import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.ImportFailure;
import ua.zalik.testing.ImportProblem;
import ua.zalik.testing.QuestionFileRejected;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with an import file, so one failed import names every problem (up to a limit) at once. */
final class ImportProblems {

    static final int LIMIT = ImportFailure.LIMIT;

    private final String format;
    private final List<ImportProblem> problems = new ArrayList<>();
    private int count;

    ImportProblems(String format) {
        this.format = format;
    }

    /** The file's own text as an error message quotes it: one line, at most 40 characters. */
    static String shown(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 40 ? line : line.substring(0, 39) + "…";
    }

    void add(int line, String key, Object... args) {
        add(ImportProblem.of(line, key, args));
    }

    void add(Problem problem) {
        add(problem.problem);
    }

    /** A question the domain refused (a single choice without a right option...), at the question's line. */
    void add(int line, InvalidInputException refused) {
        add(DraftProblems.at(line, refused));
    }

    private void add(ImportProblem problem) {
        count++;
        if (problems.size() < LIMIT) {
            problems.add(problem);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    void throwIfAny() {
        if (count > 0) {
            throw new QuestionFileRejected(ImportFailure.rejected(format, count, problems));
        }
    }

    /** The file holds nothing to import. */
    QuestionFileRejected noQuestions() {
        return new QuestionFileRejected(ImportFailure.of("import.no-questions", format));
    }

    /** A problem found while reading one question, thrown to the question's loop and recorded there. */
    static final class Problem extends RuntimeException {

        final ImportProblem problem;

        Problem(int line, String key, Object... args) {
            super(key, null, false, false);
            this.problem = ImportProblem.of(line, key, args);
        }

        int line() {
            return problem.line();
        }
    }
}
