package ua.zalik.testing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ConflictException;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Page;
import ua.zalik.kernel.PageRequest;
import ua.zalik.school.SchoolService;

import java.util.List;
import java.util.Set;

/** Tests: ordered slots (a fixed question or N random ones of a category) and their settings. */
@Service
public class Tests {

    private final TestMapper mapper;
    private final QuestionBank bank;
    private final SchoolService school;
    private final TestingJson json;

    Tests(TestMapper mapper, QuestionBank bank, SchoolService school, TestingJson json) {
        this.mapper = mapper;
        this.bank = bank;
        this.school = school;
        this.json = json;
    }

    @Transactional
    public TestView createTest(Actor actor, NewTest test) {
        BankAccess.requireAuthor(actor);
        String title = Texts.require(test.title(), "test title", 200);
        checkSlots(actor, test.slots());
        long id = mapper.insertTest(actor.schoolId(), actor.accountId(), title, test.settings(), json.write(test.settings().review()));
        saveSlots(id, test.slots());
        return view(mapper.findTest(id));
    }

    /** Attempts already started keep the layout they froze; new attempts see the change. */
    @Transactional
    public TestView updateTest(Actor actor, long testId, NewTest test) {
        StoredTest current = owned(actor, testId);
        mapper.lockTest(current.id());
        String title = Texts.require(test.title(), "test title", 200);
        checkSlots(actor, test.slots());
        mapper.updateTest(testId, title, test.settings(), json.write(test.settings().review()));
        mapper.deleteSlots(testId);
        saveSlots(testId, test.slots());
        return view(mapper.findTest(testId));
    }

    @Transactional
    public void deleteTest(Actor actor, long testId) {
        owned(actor, testId);
        if (mapper.countAssignments(testId) > 0) {
            throw new ConflictException("the test has been assigned; it stays for its results");
        }
        mapper.deleteTest(testId);
    }

    /** Its author, the school's admins and the teachers of classes it was assigned to. */
    @Transactional(readOnly = true)
    public TestView test(Actor actor, long testId) {
        return view(visible(actor, testId));
    }

    @Transactional(readOnly = true)
    public Page<TestView> tests(Actor actor, PageRequest page) {
        Long owner = BankAccess.ownerFilter(actor);
        Set<Long> classes = owner == null ? Set.of() : school.classIdsTaughtBy(actor.accountId());
        return new Page<>(mapper.tests(actor.schoolId(), owner, classes, page).stream().map(this::view).toList(), page.page(),
                page.size(), mapper.countTests(actor.schoolId(), owner, classes));
    }

    StoredTest visible(Actor actor, long testId) {
        StoredTest found = find(testId);
        actor.requireSameSchool(found.schoolId());
        BankAccess.requireAuthor(actor);
        if (actor.isAdminOf(found.schoolId()) || actor.isSelf(found.ownerId())
                || mapper.assignedToAnyOf(testId, school.classIdsTaughtBy(actor.accountId()))) {
            return found;
        }
        throw new ForbiddenException("test " + testId + " is not yours");
    }

    StoredTest owned(Actor actor, long testId) {
        StoredTest found = find(testId);
        BankAccess.requireOwnerOrAdmin(actor, found.schoolId(), found.ownerId(), "test " + testId);
        return found;
    }

    StoredTest find(long testId) {
        StoredTest found = mapper.findTest(testId);
        if (found == null) {
            throw new NotFoundException("test " + testId + " not found");
        }
        return found;
    }

    List<Slot> slots(long testId) {
        return mapper.slots(testId);
    }

    TestSettings settings(StoredTest test) {
        return new TestSettings(test.timeLimitMinutes(), test.attemptsAllowed(), GradingMethod.valueOf(test.gradingMethod()),
                test.shuffleQuestions(), test.shuffleOptions(), test.passPercent(), json.read(test.review(), ReviewPolicy.class),
                Navigation.valueOf(test.navigation()));
    }

    private TestView view(StoredTest test) {
        return new TestView(test.id(), test.schoolId(), test.ownerId(), test.title(), settings(test), mapper.slots(test.id()));
    }

    private void checkSlots(Actor actor, List<Slot> slots) {
        if (slots.size() > 200) {
            throw new InvalidInputException("a test has at most 200 slots");
        }
        for (Slot slot : slots) {
            if (slot.questionId() != null) {
                bank.question(actor, slot.questionId());
            } else {
                bank.category(actor, slot.categoryId());
            }
        }
    }

    private void saveSlots(long testId, List<Slot> slots) {
        for (int i = 0; i < slots.size(); i++) {
            mapper.insertSlot(testId, i, slots.get(i));
        }
    }
}
