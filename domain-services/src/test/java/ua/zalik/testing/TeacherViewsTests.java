package ua.zalik.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.school.SchoolService;
import ua.zalik.testsupport.TestClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facades behind the teacher's and parent's chat: assigning to classes, progress and nudges, children's reports. */
@SpringBootTest
class TeacherViewsTests {

    @Autowired TestingWorld worlds;
    @Autowired Assignments assignments;
    @Autowired Attempts attempts;
    @Autowired Progress progress;
    @Autowired ChildReports reports;
    @Autowired SchoolService school;
    @Autowired TestClock clock;
    @Autowired QuestionFiles files;
    @Autowired JdbcTemplate jdbc;
    @Autowired QuestionBank bank;

    @Test
    void assigningToClassesMakesOneAssignmentEachWithTheChosenLimitsAsOverrides() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE);
        var due = clock.instant().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        List<Assignment> made = assignments.assignToClasses(s.teacher(),
                new NewClassAssignment(s.test().id(), List.of(s.w().classA().id()), due, 20, 2));

        assertThat(made).singleElement().satisfies(a -> {
            assertThat(a.dueAt()).isEqualTo(due);
            assertThat(a.studentIds()).containsExactly(s.w().studentA().id());
        });
        assertThat(assignments.overrides(s.teacher(), made.getFirst().id())).singleElement()
                .satisfies(o -> assertThat(o).extracting(StudentOverride::timeLimitMinutes, StudentOverride::attemptsAllowed)
                        .containsExactly(20, 2));
        assertThatThrownBy(() -> assignments.assignToClasses(s.teacher(), new NewClassAssignment(s.test().id(),
                List.of(s.w().classA().id(), s.w().classB().id()), due, null, null))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> assignments.assignToClasses(s.teacher(), new NewClassAssignment(s.test().id(),
                List.of(), due, null, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void progressCountsWhoFinishedFlagsFastAnswersAndNudgesTheOthersOncePerHour() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE, GraderTests.SINGLE);
        school.enrol(s.admin(), s.w().classA().id(), s.w().studentB().id());
        Assignment assignment = s.assign();
        AttemptView attempt = attempts.start(s.studentA(), assignment.id());
        attempts.question(s.studentA(), attempt.id(), 0);
        attempts.answer(s.studentA(), attempt.id(), 0, new Response.TrueFalse(true));
        attempts.question(s.studentA(), attempt.id(), 1);
        attempts.answer(s.studentA(), attempt.id(), 1, new Response.Choices(List.of(0)));
        attempts.submit(s.studentA(), attempt.id());

        AssignmentProgress shown = progress.openAssignments(s.teacher()).stream()
                .filter(p -> p.assignmentId() == assignment.id()).findFirst().orElseThrow();

        assertThat(shown.students()).isEqualTo(2);
        assertThat(shown.submitted()).isEqualTo(1);
        assertThat(shown.className()).isEqualTo("7-A");
        assertThat(shown.notSubmitted()).containsExactly(s.w().studentB().fullName());
        assertThat(shown.gradeCounts()).hasSize(12).containsOnly(0, 1).contains(1);
        assertThat(shown.averageGrade()).isNotNull();
        assertThat(shown.fastAttempts()).singleElement().satisfies(f -> {
            assertThat(f.studentName()).isEqualTo(s.w().studentA().fullName());
            assertThat(f.fastAnswers()).isEqualTo(2);
        });

        // 10:59 and then 11:01: a new clock hour, but not an hour since the last nudge
        Instant now = clock.instant();
        clock.advance(Duration.between(now, now.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofMinutes(119))));
        assertThat(progress.nudge(s.teacher(), assignment.id())).isEqualTo(new Nudge(1, 1));
        assertThat(nudges(s.w().studentB().id())).isEqualTo(1);
        assertThat(nudges(s.w().studentA().id())).isZero();
        clock.advance(Duration.ofMinutes(2));
        Nudge again = progress.nudge(s.teacher(), assignment.id());
        assertThat(again).isEqualTo(new Nudge(1, 0));
        assertThat(again.alreadyThisHour()).isTrue();
        clock.advance(Duration.ofMinutes(57));
        assertThat(progress.nudge(s.teacher(), assignment.id()).reminded()).as("59 minutes after the first").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(progress.nudge(s.teacher(), assignment.id()).reminded()).as("an hour after the first").isEqualTo(1);
        assertThat(nudges(s.w().studentB().id())).isEqualTo(2);
        assertThatThrownBy(() -> progress.nudge(s.studentA(), assignment.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> progress.openAssignments(s.studentA())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aParentSeesResultsOnlyAsThePolicyAllowsAndTheChildsDeadlines() {
        ReviewPolicy afterClose = new ReviewPolicy(ReviewPolicy.When.AFTER_CLOSE, true, true, false, false);
        TestingWorld.Setup s = worlds.create(new TestSettings(null, 1, GradingMethod.HIGHEST, false, false, null, afterClose),
                GraderTests.TRUE_FALSE);
        Assignment done = s.assign();
        AttemptView attempt = attempts.start(s.studentA(), done.id());
        attempts.question(s.studentA(), attempt.id(), 0);
        attempts.answer(s.studentA(), attempt.id(), 0, new Response.TrueFalse(true));
        attempts.submit(s.studentA(), attempt.id());
        Assignment soon = assignments.assign(s.teacher(), new NewAssignment(s.test().id(), s.w().classA().id(), null, null,
                clock.instant().plus(Duration.ofHours(1)), clock.instant().plus(Duration.ofDays(5))));
        Assignment later = assignments.assign(s.teacher(), new NewAssignment(s.test().id(), s.w().classA().id(), null, null,
                clock.instant().plus(Duration.ofDays(3)), null));

        var parent = s.w().actor(s.w().parent());
        ChildReport before = reports.ofChildren(parent).getFirst();
        assertThat(before.name()).isEqualTo(s.w().studentA().fullName());
        assertThat(before.recentResults()).singleElement().satisfies(r -> assertThat(r.score()).isNull());
        assertThat(before.upcoming()).extracting(ChildReport.Deadline::assignmentId).containsExactly(soon.id(), later.id());
        assertThat(before.missed()).isEmpty();

        clock.advance(Duration.ofDays(1).plusHours(1));
        ChildReport after = reports.ofChildren(parent).getFirst();
        assertThat(after.recentResults()).singleElement().satisfies(r -> assertThat(r.score().grade()).isEqualTo(12));
        assertThat(after.upcoming()).extracting(ChildReport.Deadline::assignmentId).containsExactly(later.id());
        assertThat(after.missed()).extracting(ChildReport.Deadline::assignmentId).containsExactly(soon.id());
        assertThatThrownBy(() -> reports.ofChildren(s.teacher())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aQuestionFileIsImportedWholeOrRefusedWithItsLinesByItsName() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE);
        long category = s.category().id();
        int before = bank.questions(s.teacher(), category, null, ua.zalik.kernel.PageRequest.first(50)).items().size();

        assertThat(files.importNamedFile(s.teacher(), category, "a.gift", "::Q:: Sun is a star {T}\n")).isEqualTo(new FileImport(1, null));
        assertThat(files.importNamedFile(s.teacher(), category, "b.TXT", "\uFEFFWhich is prime?\nA. 4\nB. 7\nANSWER: B\n").imported())
                .isEqualTo(1);
        FileImport bad = files.importNamedFile(s.teacher(), category, "c.txt", "::ok:: Fine {T}\n\n::bad:: Open {=a ~b\n");
        assertThat(bad.succeeded()).isFalse();
        assertThat(bad.failure().inEnglish()).contains("line 3: the answers opened with { are not closed with }");
        assertThat(bad.failure().problems()).containsExactly(ImportProblem.of(3, "import.gift.answers-open", "{", "}"));
        FileImport tooLong = files.importNamedFile(s.teacher(), category, "e.gift",
                "::Fine:: Fine {T}\n\n::" + "n".repeat(201) + ":: Long name {T}\n");
        assertThat(tooLong.failure().inEnglish()).isEqualTo("the GIFT file was not imported: 1 problem\n"
                + "line 3: question name must be at most 200 characters");
        assertThat(files.importNamedFile(s.teacher(), category, "d.docx", "x").failure().inEnglish()).contains(".gift");
        assertThat(bank.questions(s.teacher(), category, null, ua.zalik.kernel.PageRequest.first(50)).items())
                .as("nothing of the refused files was kept").hasSize(before + 2);
    }

    @Test
    void aFileImportedFromChatFilesItsQuestionsUnderTheCategoriesItNames() {
        TestingWorld.Setup s = worlds.create(TestSettings.DEFAULT, GraderTests.TRUE_FALSE);
        long root = s.category().id();

        FileImport imported = files.importNamedFile(s.teacher(), root, "angles.gift", """
                ::Top:: Stays in the chosen category {T}

                $CATEGORY: $course$/Geometry/Angles

                ::Right:: A right angle has 90 degrees {T}
                """);

        assertThat(imported).isEqualTo(new FileImport(2, null));
        Category geometry = bank.categories(s.teacher()).stream().filter(c -> c.name().equals("Geometry")).findFirst().orElseThrow();
        Category angles = bank.categories(s.teacher()).stream().filter(c -> c.name().equals("Angles")).findFirst().orElseThrow();
        assertThat(geometry.parentId()).isEqualTo(root);
        assertThat(angles.parentId()).isEqualTo(geometry.id());
        assertThat(bank.questions(s.teacher(), angles.id(), null, ua.zalik.kernel.PageRequest.first(50)).items())
                .extracting(Question::name).containsExactly("Right");
    }

    private int nudges(long studentId) {
        return jdbc.queryForObject("select count(*) from notify.notification where kind = 'NUDGE' and recipient_id = ?",
                Integer.class, studentId);
    }
}
