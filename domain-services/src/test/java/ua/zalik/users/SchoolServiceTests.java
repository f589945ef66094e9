package ua.zalik.users;

import org.junit.jupiter.api.Test;
import ua.zalik.testsupport.SchoolFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ua.zalik.kernel.ConflictException;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.PageRequest;
import ua.zalik.school.GradeScale;
import ua.zalik.school.NewClass;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;
import ua.zalik.school.SchoolUpdate;

import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The school package seen through the people who use it (kept beside the users fixture that builds them). */
@SpringBootTest
class SchoolServiceTests {

    @Autowired SchoolFixture fixture;
    @Autowired SchoolService school;

    @Test
    void eachRoleListsTheClassesItBelongsTo() {
        SchoolFixture.World w = fixture.create();

        assertThat(names(w, w.admin())).containsExactly("7-A", "8-B");
        assertThat(names(w, w.teacher())).containsExactly("7-A");
        assertThat(names(w, w.studentB())).containsExactly("8-B");
        assertThat(names(w, w.parent())).containsExactly("7-A");
    }

    @Test
    void teacherCannotOpenAClassTheyDoNotTeach() {
        SchoolFixture.World w = fixture.create();
        assertThatThrownBy(() -> school.schoolClass(w.actor(w.teacher()), w.classB().id())).isInstanceOf(ForbiddenException.class);
        assertThat(school.schoolClass(w.actor(w.teacher()), w.classA().id()).name()).isEqualTo("7-A");
    }

    @Test
    void anotherSchoolsClassIsNotFoundEvenForAnAdmin() {
        SchoolFixture.World mine = fixture.create();
        SchoolFixture.World theirs = fixture.create();

        assertThatThrownBy(() -> school.schoolClass(mine.actor(mine.admin()), theirs.classA().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> school.enrol(mine.actor(mine.admin()), theirs.classA().id(), mine.studentA().id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheAdminCreatesClassesAndNamesAreUniquePerYear() {
        SchoolFixture.World w = fixture.create();
        assertThatThrownBy(() -> school.createClass(w.actor(w.teacher()), new NewClass("9-C", 9, "2026/2027")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> school.createClass(w.actor(w.admin()), new NewClass("7-A", 7, "2026/2027")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> school.createClass(w.actor(w.admin()), new NewClass("13-A", 13, "2026/2027")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(school.createClass(w.actor(w.admin()), new NewClass("7-A", 7, "2027-2028")).academicYear()).isEqualTo("2027/2028");
    }

    @Test
    void adminSetsTimezoneAndGradeScale() {
        SchoolFixture.World w = fixture.create();
        GradeScale strict = new GradeScale(List.of(0, 25, 35, 45, 55, 62, 70, 77, 83, 88, 93, 98));

        school.updateSchool(w.actor(w.admin()), new SchoolUpdate(null, ZoneId.of("Europe/Warsaw"), strict));

        assertThat(school.school(w.school().id()).timezone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
        assertThat(school.school(w.school().id()).gradeScale().grade(96)).isEqualTo(11);
        assertThatThrownBy(() -> school.updateSchool(w.actor(w.teacher()), new SchoolUpdate("Mine now", null, null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void defaultScaleMapsPercentToTwelvePoints() {
        assertThat(GradeScale.DEFAULT.grade(100)).isEqualTo(12);
        assertThat(GradeScale.DEFAULT.grade(96)).isEqualTo(12);
        assertThat(GradeScale.DEFAULT.grade(95.9)).isEqualTo(11);
        assertThat(GradeScale.DEFAULT.grade(60)).isEqualTo(6);
        assertThat(GradeScale.DEFAULT.grade(19.9)).isEqualTo(1);
        assertThat(GradeScale.DEFAULT.grade(0)).isEqualTo(1);
        assertThatThrownBy(() -> new GradeScale(List.of(0, 10, 5, 45, 55, 62, 70, 77, 83, 88, 93, 98)))
                .isInstanceOf(InvalidInputException.class);
    }

    private List<String> names(SchoolFixture.World w, Account who) {
        return school.classes(w.actor(who), PageRequest.first(50)).items().stream().map(SchoolClass::name).toList();
    }
}
