package ua.zalik.rest.testing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import ua.zalik.testing.Category;
import ua.zalik.testing.NewCategory;
import ua.zalik.testing.Question;
import ua.zalik.testing.QuestionBank;
import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionDraft;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/testing")
@Tag(name = "question bank", description = "A teacher's categories and questions (teachers: their own; admins: the school's)")
class BankController {

    record CategoryForm(@NotBlank @Size(max = 200) String name, Long subjectId, Long parentId) {
    }

    record Rename(@NotBlank @Size(max = 200) String name) {
    }

    /** {@code body} carries the type: {"type": "SINGLE_CHOICE", "options": [...]} and so on. */
    record QuestionForm(@Size(max = 200) String name, @NotBlank String text, @NotNull QuestionBody body, String generalFeedback,
                        BigDecimal points, List<String> tags, Long categoryId) {

        QuestionDraft toDraft() {
            return new QuestionDraft(name, text, body, generalFeedback, points, tags);
        }
    }

    private final QuestionBank bank;

    BankController(QuestionBank bank) {
        this.bank = bank;
    }

    @GetMapping("/categories")
    @Operation(summary = "Categories of the caller's bank (teacher) or of every bank of the school (admin)")
    List<Category> categories(Actor actor) {
        return bank.categories(actor);
    }

    @PostMapping("/categories")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a category, optionally inside another and for a subject")
    Category createCategory(Actor actor, @Valid @RequestBody CategoryForm form) {
        return bank.createCategory(actor, new NewCategory(form.name(), form.subjectId(), form.parentId()));
    }

    @PutMapping("/categories/{id}")
    @Operation(summary = "Rename a category")
    Category renameCategory(Actor actor, @PathVariable long id, @Valid @RequestBody Rename rename) {
        return bank.renameCategory(actor, id, rename.name());
    }

    @DeleteMapping("/categories/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an empty category")
    void deleteCategory(Actor actor, @PathVariable long id) {
        bank.deleteCategory(actor, id);
    }

    @GetMapping("/categories/{id}/questions")
    @Operation(summary = "Questions of a category, optionally with a tag")
    Page<Question> questions(Actor actor, @PathVariable long id, @RequestParam(required = false) String tag,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return bank.questions(actor, id, tag, new PageRequest(page, size));
    }

    @PostMapping("/categories/{id}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a question to a category")
    Question addQuestion(Actor actor, @PathVariable long id, @Valid @RequestBody QuestionForm form) {
        return bank.addQuestion(actor, id, form.toDraft());
    }

    @PostMapping("/categories/{id}/questions/import")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add many questions at once: all of them or, on any error, none")
    List<Question> importQuestions(Actor actor, @PathVariable long id, @RequestBody List<@Valid QuestionForm> forms) {
        return bank.importQuestions(actor, id, forms.stream().map(QuestionForm::toDraft).toList());
    }

    @GetMapping("/questions/{id}")
    @Operation(summary = "One question with its answers and feedback")
    Question question(Actor actor, @PathVariable long id) {
        return bank.question(actor, id);
    }

    @PutMapping("/questions/{id}")
    @Operation(summary = "Edit a question; if attempts used it, the edit becomes a new version and they keep theirs")
    Question editQuestion(Actor actor, @PathVariable long id, @Valid @RequestBody QuestionForm form) {
        return bank.editQuestion(actor, id, form.categoryId(), form.toDraft());
    }

    @DeleteMapping("/questions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a question out of the bank (tests and attempts that used it keep it)")
    void deleteQuestion(Actor actor, @PathVariable long id) {
        bank.deleteQuestion(actor, id);
    }

    @PutMapping(path = "/questions/{id}/image", consumes = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE, "image/webp"})
    @Operation(summary = "Set the question's image (PNG, JPEG or WebP, up to 1 MB)")
    Question setImage(Actor actor, @PathVariable long id, @RequestBody byte[] image) {
        return bank.setImage(actor, id, image);
    }

    @DeleteMapping("/questions/{id}/image")
    @Operation(summary = "Remove the question's image")
    Question removeImage(Actor actor, @PathVariable long id) {
        return bank.setImage(actor, id, null);
    }

    @GetMapping(path = "/questions/{id}/image", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @Operation(summary = "The question's image")
    byte[] image(Actor actor, @PathVariable long id) {
        return bank.image(actor, id);
    }
}
