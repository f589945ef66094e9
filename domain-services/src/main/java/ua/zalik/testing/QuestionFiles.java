package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.exchange.DraftProblems;
import ua.zalik.testing.exchange.ExportedQuestion;
import ua.zalik.testing.exchange.ImportedQuestion;
import ua.zalik.testing.exchange.QuestionFormats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GIFT, Aiken and Moodle XML files in and out of a category of the question bank. A file's category paths become
 * sub-categories of the category it is imported into; an export writes the category's own questions without a path
 * and its sub-categories' under theirs, so exporting and importing elsewhere rebuilds the same tree. Images stay behind.
 */
@Service
public class QuestionFiles {

    private final QuestionBank bank;
    private final QuestionMapper mapper;

    QuestionFiles(QuestionBank bank, QuestionMapper mapper) {
        this.bank = bank;
        this.mapper = mapper;
    }

    /**
     * The format of an uploaded file by its name: .xml Moodle XML, .gift GIFT, and .txt (Moodle writes both GIFT and
     * Aiken as .txt) Aiken when it reads as Aiken, else GIFT.
     *
     * @throws InvalidInputException for any other name
     */
    public QuestionFormat formatOf(String fileName, String text) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return QuestionFormat.MOODLE_XML;
        }
        if (name.endsWith(".gift")) {
            return QuestionFormat.GIFT;
        }
        if (name.endsWith(".txt")) {
            try {
                QuestionFormats.read(QuestionFormat.AIKEN, text);
                return QuestionFormat.AIKEN;
            } catch (InvalidInputException notAiken) {
                return QuestionFormat.GIFT;
            }
        }
        throw new QuestionFileRejected(ImportFailure.of("import.unknown-name", ".gift", ".txt", ".xml", "?format=gift|aiken|moodle-xml"));
    }

    /**
     * Stores every question of the file or, when any is wrong, none of them.
     *
     * @throws QuestionFileRejected naming the line of every problem found
     */
    @Transactional
    public List<Question> importFile(Actor actor, long categoryId, QuestionFormat format, String text) {
        Category root = bank.category(actor, categoryId);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("the file is empty");
        }
        List<ImportedQuestion> read = QuestionFormats.read(format, text);
        ImportFailure problems = problems(format, read);
        if (problems != null) {
            throw new QuestionFileRejected(problems);
        }
        return store(actor, root, read);
    }

    /**
     * The chat's import: the format comes from the file's name ({@link #formatOf}), and problems are returned, not thrown, so the chat's turn stays usable. Same categories and errors as
     * {@link #importFile(Actor, long, QuestionFormat, String)}.
     */
    @Transactional
    public FileImport importNamedFile(Actor actor, long categoryId, String fileName, String text) {
        Category root = bank.category(actor, categoryId);
        String content = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<ImportedQuestion> read;
        QuestionFormat format;
        try {
            format = formatOf(fileName, content);
            read = QuestionFormats.read(format, content);
        } catch (QuestionFileRejected e) {
            return new FileImport(0, e.failure());
        } catch (InvalidInputException e) {
            return new FileImport(0, ImportFailure.of("import.other", e.getMessage()));
        }
        ImportFailure problems = problems(format, read);
        return problems != null ? new FileImport(0, problems) : new FileImport(store(actor, root, read).size(), null);
    }

    /** Every question checked before anything is written: null, or the problems by line. */
    private ImportFailure problems(QuestionFormat format, List<ImportedQuestion> read) {
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportedQuestion question : read) {
            try {
                bank.check(question.draft());
                question.category().forEach(name -> Texts.require(name, "category name", 200));
            } catch (InvalidInputException invalid) {
                problems.add(DraftProblems.at(question.line(), invalid));
            }
        }
        return problems.isEmpty() ? null : ImportFailure.rejected(QuestionFormats.name(format), problems.size(), problems);
    }

    private List<Question> store(Actor actor, Category root, List<ImportedQuestion> read) {
        Folders folders = new Folders(root, mapper.categories(root.schoolId(), root.ownerId()));
        List<Question> imported = new ArrayList<>();
        for (ImportedQuestion question : read) {
            imported.add(bank.addQuestion(actor, folders.find(question.category()), question.draft()));
        }
        return imported;
    }

    /** The category's questions and its sub-categories', as a file of the format (GIFT or Moodle XML). */
    @Transactional(readOnly = true)
    public String export(Actor actor, long categoryId, QuestionFormat format) {
        Category root = bank.category(actor, categoryId);
        if (!format.writable()) {
            throw new InvalidInputException("questions can be exported as GIFT or Moodle XML, not " + format);
        }
        Map<Long, List<Category>> children = new HashMap<>();
        for (Category category : mapper.categories(root.schoolId(), root.ownerId())) {
            if (category.parentId() != null) {
                children.computeIfAbsent(category.parentId(), id -> new ArrayList<>()).add(category);
            }
        }
        List<ExportedQuestion> questions = new ArrayList<>();
        Deque<Map.Entry<Category, List<String>>> pending = new ArrayDeque<>();
        pending.add(Map.entry(root, List.of()));
        while (!pending.isEmpty()) {
            Map.Entry<Category, List<String>> next = pending.removeFirst();
            List<Long> ids = mapper.questionIdsIn(next.getKey().id());
            if (!ids.isEmpty()) {
                bank.toQuestions(mapper.findQuestions(ids)).forEach(q -> questions.add(new ExportedQuestion(q.toDraft(), next.getValue())));
            }
            for (Category child : children.getOrDefault(next.getKey().id(), List.of())) {
                List<String> path = new ArrayList<>(next.getValue());
                path.add(child.name());
                pending.add(Map.entry(child, path));
            }
        }
        return QuestionFormats.write(format, questions);
    }

    /** Finds or creates the sub-categories a file names, in the bank of the category it is imported into. */
    private final class Folders {

        private final Category root;
        private final Map<Long, List<Category>> children = new HashMap<>();
        private final Map<List<String>, Long> found = new HashMap<>();

        Folders(Category root, List<Category> bankCategories) {
            this.root = root;
            for (Category category : bankCategories) {
                if (category.parentId() != null) {
                    children.computeIfAbsent(category.parentId(), id -> new ArrayList<>()).add(category);
                }
            }
        }

        long find(List<String> path) {
            Long known = found.get(path);
            if (known != null) {
                return known;
            }
            long parent = root.id();
            for (String name : path) {
                String wanted = Texts.require(name, "category name", 200);
                long under = parent;
                Category child = children.getOrDefault(under, List.of()).stream()
                        .filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst()
                        .orElseGet(() -> {
                            Category created = mapper.findCategory(mapper.insertCategory(root.schoolId(), root.ownerId(),
                                    new NewCategory(wanted, root.subjectId(), under)));
                            children.computeIfAbsent(under, id -> new ArrayList<>()).add(created);
                            return created;
                        });
                parent = child.id();
            }
            found.put(path, parent);
            return parent;
        }
    }
}
