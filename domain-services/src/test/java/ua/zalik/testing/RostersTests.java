package ua.zalik.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ua.zalik.kernel.Actor;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolService;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
class RostersTests {

    @Autowired TestingWorld worlds;
    @Autowired Attempts attempts;
    @Autowired Rosters rosters;
    @Autowired Assignments assignments;
    @Autowired Clock clock;
    @Autowired SchoolService school;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aRosterTellsWhoHandedInWithTheirResultAndWhoseDueTimeIsTheirOwn() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.SINGLE);
        Actor admin = s.admin();
        Account late = s.w().users().createAccount(admin, new NewAccount(0, "Late Student", null, null, Set.of(Role.STUDENT), "uk"));
        Account absent = s.w().users().createAccount(admin, new NewAccount(0, "Absent Student", null, null, Set.of(Role.STUDENT), "uk"));
        school.enrol(admin, s.w().classA().id(), late.id());
        school.enrol(admin, s.w().classA().id(), absent.id());
        Assignment assignment = s.assign();
        assignments.override(s.teacher(), assignment.id(), new NewOverride(List.of(late.id()), null, null,
                clock.instant().plus(Duration.ofDays(3)), clock.instant().plus(Duration.ofDays(3))));
        AttemptView attempt = attempts.start(s.studentA(), assignment.id());
        QuestionView question = attempt.questions().getFirst();
        attempts.answer(s.studentA(), attempt.id(), question.slot(), Answers.right(question));
        attempts.submit(s.studentA(), attempt.id());

        Roster roster = rosters.existing(assignment.id());

        assertThat(roster.testTitle()).isEqualTo("Everything");
        assertThat(roster.ownerId()).isEqualTo(s.w().teacher().id());
        Roster.Student handedIn = student(roster, s.w().studentA().id());
        assertThat(handedIn.submitted()).isTrue();
        assertThat(handedIn.percent()).isEqualByComparingTo("100");
        assertThat(handedIn.grade()).isEqualTo(12);
        assertThat(student(roster, absent.id()).percent()).isNull();
        assertThat(roster.missing(assignment.dueAt().plusSeconds(60))).extracting(Roster.Student::studentId)
                .containsExactly(absent.id());
        assertThat(roster.missing(assignment.dueAt().plus(Duration.ofDays(3)))).extracting(Roster.Student::studentId)
                .containsExactlyInAnyOrder(absent.id(), late.id());
    }

    @Test
    void aSubmittedAttemptBecomesStudyTimeInItsTestsSubjectAndAScoreBesideIt() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.SINGLE);
        AttemptView attempt = attempts.start(s.studentA(), s.assign().id());
        QuestionView question = attempt.questions().getFirst();
        attempts.answer(s.studentA(), attempt.id(), question.slot(), Answers.right(question));
        attempts.submit(s.studentA(), attempt.id());

        AttemptTime time = rosters.attemptTime(attempt.id()).orElseThrow();
        assertThat(time.subjectId()).isEqualTo(s.w().maths().id());
        assertThat(rosters.recentScores(s.w().studentA().id(), s.w().maths().id(), 5)).singleElement()
                .satisfies(result -> assertThat(result.percent()).isEqualByComparingTo("100"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from worktime.entry where attempt_id = ? and subject_id = ?", Integer.class,
                attempt.id(), s.w().maths().id()) == 1);
    }

    @Test
    void anUnknownAssignmentHasNoRoster() {
        assertThat(rosters.roster(987_654_321L)).isEmpty();
    }

    private static Roster.Student student(Roster roster, long id) {
        return roster.students().stream().filter(s -> s.studentId() == id).findFirst().orElseThrow();
    }
}
