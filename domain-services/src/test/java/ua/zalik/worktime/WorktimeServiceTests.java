package ua.zalik.worktime;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.PageRequest;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.testsupport.TestClock;
import ua.zalik.testsupport.SchoolFixture.World;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class WorktimeServiceTests {

    @Autowired WorktimeService worktime;
    @Autowired SchoolFixture fixture;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void startingASecondTimerStopsTheFirstAndMovesTheLongTimerReminder() {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        TimeEntry first = worktime.startTimer(student, new StartTimer("homework", w.maths().id()));
        TimeEntry second = worktime.startTimer(student, new StartTimer("reading", null));

        assertThat(worktime.entry(student, first.id()).running()).isFalse();
        assertThat(worktime.runningTimer(student)).contains(second);
        assertThat(reminderState(first.id())).isEqualTo("CANCELLED");
        assertThat(reminderState(second.id())).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select due_at from notify.reminder where kind = ? and subject_key = ?", java.sql.Timestamp.class,
                WorktimeService.LONG_TIMER_REMINDER, "worktime-entry:" + second.id()).toInstant())
                .isEqualTo(second.startedAt().plus(Duration.ofHours(8)));
        assertThat(jdbc.queryForObject("select count(*) from outbox.event where type = 'TimerStopped' and (payload->>'entryId')::bigint = ?",
                Integer.class, first.id())).isEqualTo(1);

        TimeEntry stopped = worktime.stopTimer(student).orElseThrow();
        assertThat(stopped.id()).isEqualTo(second.id());
        assertThat(reminderState(second.id())).isEqualTo("CANCELLED");
        assertThat(worktime.stopTimer(student)).isEmpty();
        assertThat(worktime.runningTimer(student)).isEmpty();
    }

    @Test
    void startAndStopAtOnceLeaveExactlyOneConsistentEntry() throws Exception {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        for (int round = 0; round < 10; round++) {
            String activity = "round " + round;
            Races.together(() -> worktime.startTimer(student, new StartTimer(activity, null)), () -> worktime.stopTimer(student));

            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select started_at, ended_at from worktime.entry where account_id = ? and activity = ?", w.studentA().id(), activity);
            assertThat(rows).as(activity).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from worktime.entry where account_id = ? and ended_at is null",
                    Integer.class, w.studentA().id())).isLessThanOrEqualTo(1);
            worktime.stopTimer(student);
        }
        assertThat(jdbc.queryForObject("select count(*) from worktime.entry where account_id = ? and ended_at < started_at",
                Integer.class, w.studentA().id())).isZero();
    }

    @Test
    void twoStartsAtOnceLeaveOneRunningTimer() throws Exception {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        for (int round = 0; round < 5; round++) {
            Races.together(() -> worktime.startTimer(student, new StartTimer("left", null)),
                    () -> worktime.startTimer(student, new StartTimer("right", null)));
            assertThat(jdbc.queryForObject("select count(*) from worktime.entry where account_id = ? and ended_at is null",
                    Integer.class, w.studentA().id())).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from worktime.entry where account_id = ?", Integer.class, w.studentA().id()))
                .isEqualTo(10);
    }

    @Test
    void weekTotalsAreRightAcrossTheEndOfSummerTimeInKyiv() {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        long maths = w.maths().id();
        // Sunday 2026-10-25: clocks go back at 04:00 EEST (01:00 UTC), so the day has 25 hours
        manual(student, "homework", null, "2026-10-24T20:30:00Z", 60);   // Sat 23:30 EEST: 30 on Sat, 30 on Sun
        manual(student, "homework", maths, "2026-10-25T00:30:00Z", 60);  // 03:30 EEST to 03:30 EET: an hour the wall clock hides
        manual(student, "homework", maths, "2026-10-25T21:20:00Z", 30);  // Sun 23:20 EET, still this week
        manual(student, "homework", null, "2026-10-25T21:45:00Z", 30);   // Sun 23:45 EET: 15 this week, 15 on Monday
        manual(student, "reading", null, "2026-10-18T21:10:00Z", 20);    // Mon 00:10 EEST: Monday, not Sunday the 18th

        clock.set(Instant.parse("2026-10-25T10:00:00Z"));
        WeekReport week = worktime.week(student, w.studentA().id(), null);

        Totals totals = week.totals();
        assertThat(totals.from()).isEqualTo(LocalDate.parse("2026-10-19"));
        assertThat(totals.to()).isEqualTo(LocalDate.parse("2026-10-25"));
        assertThat(totals.minutesOn(LocalDate.parse("2026-10-19"))).isEqualTo(20);
        assertThat(totals.minutesOn(LocalDate.parse("2026-10-24"))).isEqualTo(30);
        assertThat(totals.minutesOn(LocalDate.parse("2026-10-25"))).isEqualTo(135);
        assertThat(totals.totalMinutes()).isEqualTo(185);
        assertThat(totals.activities()).containsExactly(new Totals.ActivityTotal("homework", 165), new Totals.ActivityTotal("reading", 20));
        assertThat(totals.minutesOnSubject(maths)).isEqualTo(90);
        assertThat(totals.minutesOnSubject(null)).isEqualTo(95);
        assertThat(week.subjects()).containsExactly(new WeekReport.SubjectWeek(maths, "Maths", 90, List.of()));

        assertThat(worktime.today(student, w.studentA().id()).totalMinutes()).isEqualTo(135);
        Totals next = worktime.week(student, w.studentA().id(), LocalDate.parse("2026-10-26")).totals();
        assertThat(next.minutesOn(LocalDate.parse("2026-10-26"))).isEqualTo(15);
        assertThat(next.totalMinutes()).isEqualTo(15);
    }

    @Test
    void aRunningTimerCountsUntilNow() {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        clock.set(Instant.parse("2026-03-10T08:00:00Z"));
        worktime.startTimer(student, new StartTimer("homework", w.maths().id()));
        clock.set(Instant.parse("2026-03-10T08:40:00Z"));

        assertThat(worktime.today(student, w.studentA().id()).totalMinutes()).isEqualTo(40);
        assertThat(worktime.stopTimer(student).orElseThrow().duration(clock.instant())).isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void aManualEntryFromChatEndsNow() {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));

        TimeEntry entry = worktime.addEntry(student, new ManualEntry("reading", null, null, Durations.parse("1h30m")));

        assertThat(entry.startedAt()).isEqualTo(Instant.parse("2026-03-10T10:30:00Z"));
        assertThat(entry.endedAt()).isEqualTo(Instant.parse("2026-03-10T12:00:00Z"));
        assertThat(entry.source()).isEqualTo(EntrySource.MANUAL);
    }

    @Test
    void anAttemptsTimeIsRecordedOnce() {
        World w = fixture.create();
        long attempt = System.nanoTime();
        Instant start = Instant.parse("2026-04-01T09:00:00Z");

        assertThat(worktime.recordAttemptTime(w.studentA().id(), w.maths().id(), start, start.plusSeconds(1500), attempt)).isTrue();
        assertThat(worktime.recordAttemptTime(w.studentA().id(), w.maths().id(), start, start.plusSeconds(1500), attempt)).isFalse();

        assertThat(jdbc.queryForObject("select count(*) from worktime.entry where attempt_id = ?", Integer.class, attempt)).isEqualTo(1);
        Totals day = worktime.totals(w.actor(w.studentA()), w.studentA().id(), LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-01"));
        assertThat(day.activities()).containsExactly(new Totals.ActivityTotal(WorktimeService.ATTEMPT_ACTIVITY, 25));
    }

    @Test
    void theWeeklyGoalShowsHowFarAlongTheWeekIs() {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        worktime.setWeeklyGoal(student, 300);
        manual(student, "homework", null, "2026-05-05T10:00:00Z", 75);
        manual(student, "homework", null, "2026-05-06T10:00:00Z", 45);

        assertThat(worktime.week(student, w.studentA().id(), LocalDate.parse("2026-05-06")).goal())
                .isEqualTo(new GoalProgress(300, 120, 40));
        worktime.setWeeklyGoal(student, 60);
        assertThat(worktime.week(student, w.studentA().id(), LocalDate.parse("2026-05-06")).goal().percent()).isEqualTo(100);
        worktime.setWeeklyGoal(student, 0);
        assertThat(worktime.week(student, w.studentA().id(), LocalDate.parse("2026-05-06")).goal()).isNull();
    }

    @Test
    void teachersSeeTheirClassesTimeAndParentsTheirChilds() {
        World w = fixture.create();
        manual(w.actor(w.studentA()), "homework", w.maths().id(), "2026-05-05T10:00:00Z", 50);
        manual(w.actor(w.studentB()), "homework", null, "2026-05-05T10:00:00Z", 10);
        LocalDate day = LocalDate.parse("2026-05-05");

        assertThat(worktime.totals(w.actor(w.teacher()), w.studentA().id(), day, day).totalMinutes()).isEqualTo(50);
        assertThat(worktime.totals(w.actor(w.parent()), w.studentA().id(), day, day).totalMinutes()).isEqualTo(50);
        assertThatThrownBy(() -> worktime.totals(w.actor(w.teacher()), w.studentB().id(), day, day)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> worktime.totals(w.actor(w.parent()), w.studentB().id(), day, day)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> worktime.totals(w.actor(w.studentB()), w.studentA().id(), day, day)).isInstanceOf(ForbiddenException.class);
        World other = fixture.create();
        assertThatThrownBy(() -> worktime.totals(other.actor(other.admin()), w.studentA().id(), day, day)).isInstanceOf(NotFoundException.class);

        ClassReport report = worktime.classReport(w.actor(w.teacher()), w.classA().id(), day, day);
        assertThat(report.students()).extracting(ClassReport.StudentTime::studentId, ClassReport.StudentTime::totalMinutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(w.studentA().id(), 50L));
        assertThatThrownBy(() -> worktime.classReport(w.actor(w.teacher()), w.classB().id(), day, day)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> worktime.classReport(w.actor(w.studentA()), w.classA().id(), day, day)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyTheOwnerChangesAnEntry() {
        World w = fixture.create();
        TimeEntry entry = manual(w.actor(w.studentA()), "homework", null, "2026-05-05T10:00:00Z", 50);

        assertThatThrownBy(() -> worktime.deleteEntry(w.actor(w.teacher()), entry.id())).isInstanceOf(ForbiddenException.class);
        TimeEntry changed = worktime.updateEntry(w.actor(w.studentA()), entry.id(), new EntryChanges("reading", w.maths().id(),
                Instant.parse("2026-05-05T10:00:00Z"), Instant.parse("2026-05-05T10:20:00Z")));
        assertThat(changed.activity()).isEqualTo("reading");
        assertThat(changed.duration(Instant.now())).isEqualTo(Duration.ofMinutes(20));
        assertThat(worktime.entries(w.actor(w.parent()), w.studentA().id(), LocalDate.parse("2026-05-05"), null, PageRequest.first(10))
                .items()).containsExactly(changed);
        worktime.deleteEntry(w.actor(w.studentA()), entry.id());
        assertThat(jdbc.queryForObject("select count(*) from worktime.entry where id = ?", Integer.class, entry.id())).isZero();
    }

    @Test
    void theWeekChartIsAPngOfTheReportsData() throws Exception {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        manual(student, "homework", w.maths().id(), "2026-05-05T10:00:00Z", 75);
        manual(student, "reading", null, "2026-05-07T10:00:00Z", 30);

        byte[] png = worktime.weekChartPng(student, w.studentA().id(), LocalDate.parse("2026-05-06"));

        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(450);
        Totals totals = worktime.week(student, w.studentA().id(), LocalDate.parse("2026-05-06")).totals();
        assertThat(totals.totalMinutes()).isEqualTo(105);
        assertThat(totals.minutesOn(LocalDate.parse("2026-05-05"))).isEqualTo(75);
        assertThat(totals.minutesOn(LocalDate.parse("2026-05-07"))).isEqualTo(30);
    }

    @Test
    void exportsListEntriesInSchoolTime() throws Exception {
        World w = fixture.create();
        Actor student = w.actor(w.studentA());
        manual(student, "homework, ch. 3", w.maths().id(), "2026-05-05T10:00:00Z", 75);
        manual(student, "reading", null, "2026-05-07T10:00:00Z", 30);

        String csv = worktime.exportCsv(student, w.studentA().id(), LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"));
        assertThat(csv.split("\r\n")).containsExactly("date,start,end,minutes,activity,subject,source",
                "2026-05-05,13:00,14:15,75,\"homework, ch. 3\",Maths,MANUAL",
                "2026-05-07,13:00,13:30,30,reading,,MANUAL");

        byte[] xlsx = worktime.exportXlsx(student, w.studentA().id(), LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(75);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Maths");
        }
    }

    private TimeEntry manual(Actor actor, String activity, Long subject, String start, int minutes) {
        return worktime.addEntry(actor, new ManualEntry(activity, subject, Instant.parse(start), Duration.ofMinutes(minutes)));
    }

    private String reminderState(long entryId) {
        return jdbc.queryForObject("select state from notify.reminder where kind = ? and subject_key = ?", String.class,
                WorktimeService.LONG_TIMER_REMINDER, "worktime-entry:" + entryId);
    }
}
