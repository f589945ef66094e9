package ua.zalik.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.PageRequest;
import ua.zalik.testsupport.SchoolFixture;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class QuestionBankTests {

    @Autowired QuestionBank bank;
    @Autowired SchoolFixture fixture;
    @Autowired JdbcTemplate jdbc;

    @Test
    void categoriesNestAndQuestionsKeepTheirTypeTagsAndAnswers() {
        SchoolFixture.World w = fixture.create();
        Actor teacher = w.actor(w.teacher());
        Category algebra = bank.createCategory(teacher, new NewCategory("Algebra", w.maths().id(), null));
        Category equations = bank.createCategory(teacher, new NewCategory("Equations", w.maths().id(), algebra.id()));

        Question added = bank.addQuestion(teacher, equations.id(), Questions.numeric("2x = 6, x = ?", "3"));

        assertThat(bank.categories(teacher)).extracting(Category::name).containsExactly("Algebra", "Equations");
        assertThat(added.body()).isEqualTo(Questions.numeric("2x = 6, x = ?", "3").body());
        assertThat(added.tags()).containsExactly("algebra");
        assertThat(bank.questions(teacher, equations.id(), "ALGEBRA", PageRequest.first(10)).items()).containsExactly(added);
        assertThat(bank.questions(teacher, equations.id(), "geometry", PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void editingAnUnusedQuestionRewritesItsVersionButAUsedOneGetsANewVersion() {
        SchoolFixture.World w = fixture.create();
        Actor teacher = w.actor(w.teacher());
        Category category = bank.createCategory(teacher, new NewCategory("Capitals", null, null));
        Question question = bank.addQuestion(teacher, category.id(), Questions.single("Capital of Ukraine?"));

        Question edited = bank.editQuestion(teacher, question.id(), null, Questions.single("The capital of Ukraine?"));
        assertThat(edited.version()).isEqualTo(1);

        jdbc.update("update testing.question_version set used = true where question_id = ?", question.id());
        Question versioned = bank.editQuestion(teacher, question.id(), null, Questions.single("Which city is the capital of Ukraine?"));

        assertThat(versioned.version()).isEqualTo(2);
        assertThat(jdbc.queryForList("select text from testing.question_version where question_id = ? order by version",
                String.class, question.id())).containsExactly("The capital of Ukraine?", "Which city is the capital of Ukraine?");
    }

    @Test
    void importStoresAllOrNothing() {
        SchoolFixture.World w = fixture.create();
        Actor teacher = w.actor(w.teacher());
        Category category = bank.createCategory(teacher, new NewCategory("Imported", null, null));
        QuestionDraft tooLongName = new QuestionDraft("x".repeat(300), "text", Questions.single("q").body(), null, null, null);

        assertThatThrownBy(() -> bank.importQuestions(teacher, category.id(), List.of(Questions.single("first"), tooLongName)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from testing.question where category_id = ?", Integer.class, category.id()))
                .isZero();

        assertThat(bank.importQuestions(teacher, category.id(), List.of(Questions.single("first"), Questions.essay("second"))))
                .hasSize(2);
    }

    @Test
    void teachersSeeOnlyTheirOwnBankAndAdminsTheirSchools() {
        SchoolFixture.World w = fixture.create();
        SchoolFixture.World other = fixture.create();
        Actor teacher = w.actor(w.teacher());
        Category category = bank.createCategory(teacher, new NewCategory("Mine", null, null));
        Question question = bank.addQuestion(teacher, category.id(), Questions.single("Mine?"));

        assertThat(bank.question(w.actor(w.admin()), question.id()).id()).isEqualTo(question.id());
        assertThatThrownBy(() -> bank.question(other.actor(other.teacher()), question.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bank.question(other.actor(other.admin()), question.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bank.question(w.actor(w.studentA()), question.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> bank.categories(w.actor(w.parent()))).isInstanceOf(ForbiddenException.class);
        assertThat(bank.categories(other.actor(other.admin()))).isEmpty();
    }

    @Test
    void anImageIsStoredInTheBlobStoreAndComesBack() {
        SchoolFixture.World w = fixture.create();
        Actor teacher = w.actor(w.teacher());
        Category category = bank.createCategory(teacher, new NewCategory("Pictures", null, null));
        Question question = bank.addQuestion(teacher, category.id(), Questions.single("What is shown?"));

        Question withImage = bank.setImage(teacher, question.id(), new byte[]{1, 2, 3});

        assertThat(withImage.hasImage()).isTrue();
        assertThat(bank.image(teacher, question.id())).containsExactly(1, 2, 3);
        assertThat(new BigDecimal("1.00")).isEqualByComparingTo(withImage.points());
    }
}
