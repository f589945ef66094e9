package ua.zalik.dialogs.teaching;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.AttemptReview;
import ua.zalik.testing.AttemptState;
import ua.zalik.testing.AttemptView;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.NewAssignment;
import ua.zalik.testing.Reviews;
import ua.zalik.testing.TestSettings;
import ua.zalik.testing.TestView;
import ua.zalik.testsupport.SchoolFixture;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** /grade through the fake Telegram: essays one by one, escaped, scored by quarters, with a comment. */
class GradeTests extends ChatTestSupport {

    @Autowired Classroom classroom;
    @Autowired Assignments assignments;
    @Autowired Reviews reviews;
    @Autowired Clock clock;

    @Test
    void aTeacherGradesAnEssayWithACommentAndTheAttemptsGradeUpdates() {
        SchoolFixture.World w = classroom.school();
        long teacher = classroom.link(w.teacher());
        TestView test = classroom.test(w, "History", true, TestSettings.DEFAULT);
        Assignment assignment = assignments.assign(w.actor(w.teacher()), new NewAssignment(test.id(), w.classA().id(), null, null,
                clock.instant().plus(Duration.ofDays(1)), null));
        AttemptView attempt = classroom.takes(w, w.studentA(), assignment.id(), "Because <script>old</script> & wise");

        FakeMessage essay = reply(teacher, "/grade");
        assertThat(essay.text()).contains("Есе на перевірку", w.studentA().fullName(), "Why is <b>Kyiv</b> old?",
                "Because <script>old</script> & wise", "Скільки балів із 4?");
        assertThat(essay.html()).contains("Why is &lt;b&gt;Kyiv&lt;/b&gt; old?", "&lt;script&gt;");
        assertThat(essay.buttonTexts().getFirst()).containsExactly("0", "1 (¼)", "2 (½)", "3 (¾)", "4");

        press(teacher, essay, "💬 Коментар");
        assertThat(edited(teacher, essay.messageId(), 1).text()).startsWith("Напишіть коментар");
        FakeMessage withComment = reply(teacher, "Good <i>start</i>");
        assertThat(withComment.text()).contains("Коментар: Good <i>start</i>");
        press(teacher, withComment, "3 (¾)");

        FakeMessage after = edited(teacher, withComment.messageId(), 1);
        assertThat(after.text()).startsWith("Збережено: 3 б. Спроба: 4 з 5, оцінка").contains("Жодне есе не чекає");
        AttemptReview review = reviews.review(w.actor(w.teacher()), attempt.id());
        assertThat(review.state()).isEqualTo(AttemptState.GRADED);
        assertThat(review.score().points()).isEqualByComparingTo("4");
        assertThat(review.slots().get(1).comment()).isEqualTo("Good <i>start</i>");

        assertThat(press(teacher, withComment, "4").text()).isEqualTo("Ця кнопка вже застаріла.");
        assertThat(reviews.review(w.actor(w.teacher()), attempt.id()).score().points()).isEqualByComparingTo("4");
    }

    @Test
    void skippingShowsTheNextEssayAndClosingEnds() {
        SchoolFixture.World w = classroom.school();
        long teacher = classroom.link(w.teacher());
        TestView test = classroom.test(w, "Essays", true, TestSettings.DEFAULT);
        Assignment assignment = assignments.assign(w.actor(w.teacher()), new NewAssignment(test.id(), w.classA().id(), null, null,
                clock.instant().plus(Duration.ofDays(1)), null));
        classroom.takes(w, w.studentA(), assignment.id(), "first essay");

        FakeMessage essay = reply(teacher, "/grade");
        assertThat(essay.text()).contains("first essay");
        press(teacher, essay, "Пропустити »");
        FakeMessage skipped = edited(teacher, essay.messageId(), 1);
        assertThat(skipped.text()).startsWith("Лишилися тільки пропущені");
        assertThat(skipped.buttonTexts()).isEqualTo(List.of(List.of("Закрити")));
        press(teacher, skipped, "Закрити");
        assertThat(edited(teacher, essay.messageId(), 2).text()).startsWith("Перевірку закрито.");
    }
}
