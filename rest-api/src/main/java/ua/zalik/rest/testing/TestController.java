package ua.zalik.rest.testing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Page;
import ua.zalik.kernel.PageRequest;
import ua.zalik.testing.GradingMethod;
import ua.zalik.testing.Navigation;
import ua.zalik.testing.NewTest;
import ua.zalik.testing.ReviewPolicy;
import ua.zalik.testing.Slot;
import ua.zalik.testing.TestSettings;
import ua.zalik.testing.TestView;
import ua.zalik.testing.Tests;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/testing/tests")
@Tag(name = "tests", description = "Tests built from bank questions: slots and settings (their authors, the school's admins)")
class TestController {

    record TestForm(@NotBlank @Size(max = 200) String title, SettingsForm settings, List<SlotForm> slots) {

        NewTest toNewTest() {
            return new NewTest(title, settings == null ? null : settings.toSettings(),
                    slots == null ? List.of() : slots.stream().map(SlotForm::toSlot).toList());
        }
    }

    /**
     * Left out: no time limit, 1 attempt, HIGHEST, no shuffling, no pass mark, the score right after the attempt, FREE
     * navigation (SEQUENTIAL: question by question, each answered once).
     */
    record SettingsForm(Integer timeLimitMinutes, Integer attemptsAllowed, GradingMethod gradingMethod, Boolean shuffleQuestions,
                        Boolean shuffleOptions, BigDecimal passPercent, ReviewForm review, Navigation navigation) {

        TestSettings toSettings() {
            return new TestSettings(timeLimitMinutes, attemptsAllowed == null ? 1 : attemptsAllowed, gradingMethod,
                    Boolean.TRUE.equals(shuffleQuestions), Boolean.TRUE.equals(shuffleOptions), passPercent,
                    review == null ? null : review.toPolicy(), navigation);
        }
    }

    /** What students see and when: AFTER_ATTEMPT, AFTER_CLOSE or NEVER; parts left out are not shown. */
    record ReviewForm(ReviewPolicy.When when, Boolean score, Boolean responses, Boolean rightAnswers, Boolean feedback) {

        ReviewPolicy toPolicy() {
            return new ReviewPolicy(when, Boolean.TRUE.equals(score), Boolean.TRUE.equals(responses), Boolean.TRUE.equals(rightAnswers),
                    Boolean.TRUE.equals(feedback));
        }
    }

    /** A fixed {@code questionId}, or {@code count} random questions of {@code categoryId}; {@code points} per question. */
    record SlotForm(Long questionId, Long categoryId, Integer count, BigDecimal points) {

        Slot toSlot() {
            return new Slot(questionId, categoryId, count == null ? 1 : count, points);
        }
    }

    private final Tests tests;

    TestController(Tests tests) {
        this.tests = tests;
    }

    @GetMapping
    @Operation(summary = "Tests the caller wrote or that were assigned to classes they teach (admin: the school's)")
    Page<TestView> list(Actor actor, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return tests.tests(actor, new PageRequest(page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a test")
    TestView create(Actor actor, @Valid @RequestBody TestForm form) {
        return tests.createTest(actor, form.toNewTest());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One test")
    TestView get(Actor actor, @PathVariable long id) {
        return tests.test(actor, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a test; attempts already started keep their questions")
    TestView update(Actor actor, @PathVariable long id, @Valid @RequestBody TestForm form) {
        return tests.updateTest(actor, id, form.toNewTest());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a test that was never assigned")
    void delete(Actor actor, @PathVariable long id) {
        tests.deleteTest(actor, id);
    }
}
