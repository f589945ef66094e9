package ua.zalik.testing;

import org.junit.jupiter.api.Test;
import ua.zalik.kernel.InvalidInputException;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionBodyTests {

    @Test
    void bodiesTakeImmutableListsAndRefuseMissingOptions() {
        var body = new QuestionBody.SingleChoice(List.of(new QuestionBody.Choice("4", 1, null), new QuestionBody.Choice("5", 0, null)));
        assertThat(body.options()).hasSize(2);

        assertThatThrownBy(() -> new QuestionBody.Ordering(Arrays.asList("first", null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new QuestionBody.SingleChoice(List.of(new QuestionBody.Choice("4", 0.5, null),
                new QuestionBody.Choice("5", 0, null)))).hasMessageContaining("100%");
    }

    @Test
    void aDraftWithoutANameIsNamedByItsFirstLine() {
        var draft = new QuestionDraft(null, "  What is 2 + 2?   \nShow your work.", new QuestionBody.Essay(null), null, null, null);
        assertThat(draft.name()).isEqualTo("What is 2 + 2?");
    }
}
