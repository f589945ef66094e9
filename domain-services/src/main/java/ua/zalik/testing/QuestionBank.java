package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ConflictException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Page;
import ua.zalik.kernel.PageRequest;
import ua.zalik.school.SchoolService;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A teacher's question bank: nested categories per subject, questions with tags and an optional image. Editing a
 * question an attempt has used makes a new version; attempts keep the version they saw.
 */
@Service
public class QuestionBank {

    static final int MAX_IMAGE_BYTES = 1024 * 1024;

    private final QuestionMapper mapper;
    private final TestingJson json;
    private final SchoolService school;
    private final BlobStore blobs;
    private final QuestionContents contents;

    QuestionBank(QuestionMapper mapper, TestingJson json, SchoolService school, BlobStore blobs, QuestionContents contents) {
        this.mapper = mapper;
        this.json = json;
        this.school = school;
        this.blobs = blobs;
        this.contents = contents;
    }

    @Transactional
    public Category createCategory(Actor actor, NewCategory category) {
        BankAccess.requireAuthor(actor);
        String name = Texts.require(category.name(), "category name", 200);
        if (category.parentId() != null) {
            category(actor, category.parentId());
        }
        if (category.subjectId() != null && school.findSubject(category.subjectId())
                .filter(s -> s.schoolId() == actor.schoolId()).isEmpty()) {
            throw new NotFoundException("subject " + category.subjectId() + " not found");
        }
        return mapper.findCategory(mapper.insertCategory(actor.schoolId(), actor.accountId(),
                new NewCategory(name, category.subjectId(), category.parentId())));
    }

    /** The caller's bank (a teacher) or every bank of the school (an admin), parents before children. */
    @Transactional(readOnly = true)
    public List<Category> categories(Actor actor) {
        return mapper.categories(actor.schoolId(), BankAccess.ownerFilter(actor));
    }

    @Transactional(readOnly = true)
    public Category category(Actor actor, long categoryId) {
        Category found = mapper.findCategory(categoryId);
        if (found == null) {
            throw new NotFoundException("category " + categoryId + " not found");
        }
        BankAccess.requireOwnerOrAdmin(actor, found.schoolId(), found.ownerId(), "category " + categoryId);
        return found;
    }

    @Transactional
    public Category renameCategory(Actor actor, long categoryId, String name) {
        category(actor, categoryId);
        mapper.renameCategory(categoryId, Texts.require(name, "category name", 200));
        return mapper.findCategory(categoryId);
    }

    @Transactional
    public void deleteCategory(Actor actor, long categoryId) {
        category(actor, categoryId);
        if (mapper.countQuestionsIn(categoryId) > 0) {
            throw new ConflictException("the category still holds questions; move or delete them first");
        }
        try {
            mapper.deleteCategory(categoryId);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new ConflictException("the category is used by a test or still holds deleted questions");
        }
    }

    @Transactional
    public Question addQuestion(Actor actor, long categoryId, QuestionDraft draft) {
        Category category = category(actor, categoryId);
        long id = mapper.insertQuestion(category.schoolId(), category.ownerId(), categoryId);
        mapper.insertVersion(id, 1, row(draft, null));
        saveTags(id, draft.tags());
        return question(actor, id);
    }

    /** Stores every draft in the category or none of them (the seam for GIFT, Aiken and Moodle XML import). */
    @Transactional
    public List<Question> importQuestions(Actor actor, long categoryId, List<QuestionDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            throw new InvalidInputException("nothing to import");
        }
        List<Question> imported = new ArrayList<>();
        for (QuestionDraft draft : drafts) {
            imported.add(addQuestion(actor, categoryId, draft));
        }
        return imported;
    }

    /**
     * Changes a question. When an attempt already froze its current version, the change becomes a new version;
     * otherwise the current version is rewritten. {@code categoryId} may move it to another of the caller's categories.
     */
    @Transactional
    public Question editQuestion(Actor actor, long questionId, Long categoryId, QuestionDraft draft) {
        StoredQuestion current = locked(actor, questionId);
        long category = categoryId == null ? current.categoryId() : category(actor, categoryId).id();
        saveVersion(current, category, row(draft, current.imageKey()));
        saveTags(questionId, draft.tags());
        return question(actor, questionId);
    }

    @Transactional
    public Question setImage(Actor actor, long questionId, byte[] image) {
        StoredQuestion current = locked(actor, questionId);
        if (image != null && image.length > MAX_IMAGE_BYTES) {
            throw new InvalidInputException("an image may be at most 1 MB");
        }
        String key = null;
        if (image != null && image.length > 0) {
            key = "questions/" + questionId + "/" + UUID.randomUUID();
            blobs.put(key, image);
        }
        saveVersion(current, current.categoryId(), new VersionRow(current.name(), current.text(), current.type(), current.body(),
                current.generalFeedback(), current.points(), key));
        return question(actor, questionId);
    }

    @Transactional(readOnly = true)
    public byte[] image(Actor actor, long questionId) {
        StoredQuestion question = visible(actor, questionId);
        return imageOf(question.imageKey());
    }

    byte[] imageOf(String key) {
        if (key == null) {
            throw new NotFoundException("the question has no image");
        }
        return blobs.get(key).orElseThrow(() -> new NotFoundException("the question's image is gone"));
    }

    /** Takes the question out of the bank; attempts and tests that used it keep their versions. */
    @Transactional
    public void deleteQuestion(Actor actor, long questionId) {
        locked(actor, questionId);
        mapper.markDeleted(questionId);
    }

    @Transactional(readOnly = true)
    public Question question(Actor actor, long questionId) {
        StoredQuestion found = visible(actor, questionId);
        if (found.deleted()) {
            throw new NotFoundException("question " + questionId + " not found");
        }
        return toQuestions(List.of(found)).getFirst();
    }

    @Transactional(readOnly = true)
    public Page<Question> questions(Actor actor, long categoryId, String tag, PageRequest page) {
        category(actor, categoryId);
        String filter = tag == null || tag.isBlank() ? null : tag.strip();
        return new Page<>(toQuestions(mapper.questions(categoryId, filter, page)), page.page(), page.size(),
                mapper.countQuestions(categoryId, filter));
    }

    List<Question> toQuestions(List<StoredQuestion> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> tags = mapper.tags(stored.stream().map(StoredQuestion::id).toList()).stream()
                .collect(Collectors.groupingBy(QuestionTag::questionId, Collectors.mapping(QuestionTag::tag, Collectors.toList())));
        return stored.stream().map(q -> new Question(q.id(), q.categoryId(), q.ownerId(), q.version(), q.name(), q.text(),
                json.read(q.body(), QuestionBody.class), q.generalFeedback(), q.points(), tags.getOrDefault(q.id(), List.of()),
                q.imageKey() != null)).toList();
    }

    StoredQuestion visible(Actor actor, long questionId) {
        StoredQuestion found = mapper.findQuestion(questionId);
        if (found == null) {
            throw new NotFoundException("question " + questionId + " not found");
        }
        BankAccess.requireOwnerOrAdmin(actor, found.schoolId(), found.ownerId(), "question " + questionId);
        return found;
    }

    private StoredQuestion locked(Actor actor, long questionId) {
        visible(actor, questionId);
        StoredQuestion current = mapper.lockQuestion(questionId);
        if (current.deleted()) {
            throw new NotFoundException("question " + questionId + " not found");
        }
        return current;
    }

    private void saveVersion(StoredQuestion current, long categoryId, VersionRow row) {
        int version = current.version();
        if (current.used()) {
            version++;
            mapper.insertVersion(current.id(), version, row);
        } else {
            mapper.updateVersion(current.id(), version, row);
            contents.evict(new QuestionKey(current.id(), version));
        }
        mapper.updateQuestion(current.id(), categoryId, version);
    }

    private void saveTags(long questionId, List<String> tags) {
        mapper.deleteTags(questionId);
        Set<String> cleaned = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                cleaned.add(Texts.require(tag, "tag", 50));
            }
        }
        if (!cleaned.isEmpty()) {
            mapper.insertTags(questionId, cleaned);
        }
    }

    /** @throws InvalidInputException when the draft could not be stored, before anything is written */
    void check(QuestionDraft draft) {
        row(draft, null);
    }

    private VersionRow row(QuestionDraft draft, String imageKey) {
        Texts.require(draft.text(), "question text", 20_000);
        String body = Texts.requireNoNulInJson(json.write(draft.body(), QuestionBody.class), "a question's answers");
        return new VersionRow(Texts.require(draft.name(), "question name", 200), draft.text().strip(), draft.type().name(),
                body, Texts.requireNoNul(blankToNull(draft.generalFeedback()), "general feedback"), draft.points(), imageKey);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
