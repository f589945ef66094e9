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

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AssignmentsTests {

    @Autowired Assignments assignments;
    @Autowired Tests tests;
    @Autowired TestingWorld worlds;
    @Autowired SchoolFixture fixture;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;

    @Test
    void assigningToAClassGivesItToItsStudentsAndPublishesAnEventAndPlansTheClose() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT);

        Assignment assignment = s.assign();

        assertThat(assignment.studentIds()).containsExactly(s.w().studentA().id());
        assertThat(jdbc.queryForObject("select count(*) from outbox.event where type = 'AssignmentPublished' and (payload->>'assignmentId')::bigint = ?",
                Integer.class, assignment.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notify.reminder where kind = 'testing.assignment-closes' and subject_key = ?",
                Integer.class, "assignment:" + assignment.id())).isEqualTo(1);
    }

    @Test
    void aTeacherAssignsOnlyToClassesTheyTeach() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT);
        Instant due = clock.instant().plus(Duration.ofDays(1));

        assertThatThrownBy(() -> assignments.assign(s.teacher(), new NewAssignment(s.test().id(), s.w().classB().id(), null, null, due, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> assignments.assign(s.teacher(), new NewAssignment(s.test().id(), null,
                List.of(s.w().studentB().id()), null, due, null))).isInstanceOf(ForbiddenException.class);
        assertThat(assignments.assign(s.admin(), new NewAssignment(s.test().id(), s.w().classB().id(), null, null, due, null))
                .studentIds()).containsExactly(s.w().studentB().id());
    }

    @Test
    void studentsAndParentsSeeOnlyAssignmentsGivenToThemOrTheirChildren() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT);
        Assignment assignment = s.assign();
        SchoolFixture.World other = fixture.create();

        assertThat(assignments.assignments(s.w().actor(s.w().studentA()), PageRequest.first(10)).items()).extracting(Assignment::id)
                .containsExactly(assignment.id());
        assertThat(assignments.assignments(s.w().actor(s.w().parent()), PageRequest.first(10)).items()).hasSize(1);
        assertThat(assignments.assignments(s.w().actor(s.w().studentB()), PageRequest.first(10)).items()).isEmpty();
        assertThatThrownBy(() -> assignments.assignment(s.w().actor(s.w().studentB()), assignment.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> assignments.assignment(other.actor(other.admin()), assignment.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.override(s.w().actor(s.w().studentA()), assignment.id(),
                new NewOverride(List.of(s.w().studentA().id()), null, 5, null, null))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anOverrideGivesAGroupMoreTimeAttemptsAndALaterDueTime() {
        TestingWorld.Setup s = worlds.create(new TestSettings(20, 1, GradingMethod.HIGHEST, false, false, null, null));
        Assignment assignment = s.assign();
        Instant later = assignment.dueAt().plus(Duration.ofDays(2));

        assignments.override(s.teacher(), assignment.id(), new NewOverride(List.of(s.w().studentA().id()), 40, 3, later, null));

        StoredAssignment stored = assignments.find(assignment.id());
        Terms terms = assignments.terms(stored, tests.settings(tests.find(s.test().id())), s.w().studentA().id());
        assertThat(terms.timeLimitMinutes()).isEqualTo(40);
        assertThat(terms.attemptsAllowed()).isEqualTo(3);
        assertThat(terms.dueAt()).isEqualTo(later);
        assertThat(terms.closesAt()).isEqualTo(later);
        assertThatThrownBy(() -> assignments.override(s.teacher(), assignment.id(),
                new NewOverride(List.of(s.w().studentB().id()), 40, null, null, null))).isInstanceOf(InvalidInputException.class);
    }
}
