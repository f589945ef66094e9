package ua.zalik.rest.testing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import ua.zalik.testing.AttemptReview;
import ua.zalik.testing.AttemptView;
import ua.zalik.testing.Attempts;
import ua.zalik.testing.Grading;
import ua.zalik.testing.PendingAnswer;
import ua.zalik.testing.QuestionView;
import ua.zalik.testing.Response;
import ua.zalik.testing.Reviews;
import ua.zalik.testing.Score;
import ua.zalik.testing.StudentResult;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/testing")
@Tag(name = "attempts", description = "Taking tests (students), reviews (per the test's review policy) and grading by hand")
class AttemptController {

    record ManualGrade(@NotNull BigDecimal points, @Size(max = 5000) String comment) {
    }

    private final Attempts attempts;
    private final Reviews reviews;
    private final Grading grading;

    AttemptController(Attempts attempts, Reviews reviews, Grading grading) {
        this.attempts = attempts;
        this.reviews = reviews;
        this.grading = grading;
    }

    @PostMapping("/assignments/{id}/attempts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start an attempt (or get back the one in progress); its questions and their order freeze")
    AttemptView start(Actor actor, @PathVariable long id) {
        return attempts.start(actor, id);
    }

    @GetMapping("/attempts/{id}")
    @Operation(summary = "The caller's attempt with its questions (no answers, fractions or feedback)")
    AttemptView attempt(Actor actor, @PathVariable long id) {
        return attempts.attempt(actor, id);
    }

    @GetMapping("/attempts/{id}/questions/{slot}")
    @Operation(summary = "One question of the caller's attempt in progress; records when it was first shown")
    QuestionView question(Actor actor, @PathVariable long id, @PathVariable int slot) {
        return attempts.question(actor, id, slot);
    }

    @GetMapping(path = "/attempts/{id}/questions/{slot}/image", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @Operation(summary = "The image of one question of the caller's attempt in progress")
    byte[] image(Actor actor, @PathVariable long id, @PathVariable int slot) {
        return attempts.image(actor, id, slot);
    }

    @PutMapping("/attempts/{id}/answers/{slot}")
    @Operation(summary = "Save the answer to one question, in the positions shown: {\"kind\":\"choices\",\"chosen\":[2]}, "
            + "{\"kind\":\"true_false\",\"value\":true}, {\"kind\":\"text\",\"text\":\"3,14\"}, "
            + "{\"kind\":\"matches\",\"answerForPrompt\":[1,0]}, {\"kind\":\"order\",\"items\":[2,0,1]}")
    QuestionView answer(Actor actor, @PathVariable long id, @PathVariable int slot, @RequestBody Response response) {
        return attempts.answer(actor, id, slot, response);
    }

    @PostMapping("/attempts/{id}/submit")
    @Operation(summary = "Submit the attempt; submitting again changes nothing")
    AttemptView submit(Actor actor, @PathVariable long id) {
        return attempts.submit(actor, id);
    }

    @GetMapping("/attempts/{id}/review")
    @Operation(summary = "A finished attempt: everything for its teachers, what the review policy allows for the student and parents")
    AttemptReview review(Actor actor, @PathVariable long id) {
        return reviews.review(actor, id);
    }

    @GetMapping("/students/{id}/results")
    @Operation(summary = "A student's attempts with scores where the review policy shows them (the student, their parents)")
    List<StudentResult> studentResults(Actor actor, @PathVariable long id) {
        return reviews.resultsOf(actor, id);
    }

    @GetMapping("/grading-queue")
    @Operation(summary = "Essay answers waiting for the caller to grade, optionally of one assignment")
    List<PendingAnswer> queue(Actor actor, @RequestParam(required = false) Long assignmentId) {
        return grading.queue(actor, assignmentId);
    }

    @PutMapping("/attempts/{id}/grades/{slot}")
    @Operation(summary = "Grade (or regrade) an essay answer by hand; the attempt's grade follows")
    Score grade(Actor actor, @PathVariable long id, @PathVariable int slot, @Valid @RequestBody ManualGrade grade) {
        return grading.grade(actor, id, slot, grade.points(), grade.comment());
    }
}
