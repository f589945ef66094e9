package ua.zalik.bench;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.BenchDomainApplication;
import ua.zalik.embedded.EmbeddedPostgresServer;
import ua.zalik.kernel.Actor;
import ua.zalik.testing.AttemptView;
import ua.zalik.testing.Attempts;
import ua.zalik.testing.Response;
import ua.zalik.testing.Statistics;
import ua.zalik.testing.TestAnalysis;
import ua.zalik.testing.AttemptSelection;

import java.util.List;

/**
 * Item analysis of one assignment with many finished attempts: one attempt made through the facades, cloned in SQL
 * with answers right or wrong by a per-student ability (so discrimination means something) and with what grading
 * keeps in the attempt's row (its points, its slots and answers as item analysis reads them), then the full
 * recompute ({@link Statistics#assignment}) timed, as a teacher opening the statistics page would wait for it.
 */
final class ItemAnalysisBench {

    private ItemAnalysisBench() {
    }

    static void run(Args args, Results results) throws Exception {
        int attempts = args.integer("attempts", 20_000);
        int questions = args.integer("questions", 30);
        int repeats = args.integer("repeats", 3);
        String jdbcUrl = EmbeddedPostgresServer.jdbcUrl(null);
        try (ConfigurableApplicationContext domain = BenchDomainApplication.start(jdbcUrl, true)) {
            BenchWorld world = new BenchWorld(domain);
            BenchWorld.Classroom room = world.classroom(1, Bench.firstChat(), true);
            BenchWorld.Given given = world.assignTest(room, "Аналіз " + room.school().id(), questions);
            Actor student = world.actor(room.students().getFirst());
            Attempts attemptsFacade = domain.getBean(Attempts.class);
            AttemptView attempt = attemptsFacade.start(student, given.assignment().id());
            for (int slot = 0; slot < questions; slot++) {
                attemptsFacade.answer(student, attempt.id(), slot, new Response.Choices(List.of(slot % 4)));
            }
            attemptsFacade.submit(student, attempt.id());

            JdbcTemplate jdbc = domain.getBean(JdbcTemplate.class);
            long seeding = System.nanoTime();
            jdbc.update("""
                    insert into testing.attempt (assignment_id, student_id, number, state, started_at, submitted_at,
                                                 layout, slots, points, max_points)
                    select assignment_id, 2000000000 + g, 1, 'GRADED', started_at, submitted_at, layout, slots, 0, max_points
                    from testing.attempt, generate_series(1, ?) g where id = ?""", attempts - 1, attempt.id());
            jdbc.update("""
                    insert into testing.answer (attempt_id, slot, response, shown_at, answered_at, fraction, points)
                    select t.id, a.slot, a.response, a.shown_at, a.answered_at, r.right, r.right
                    from testing.attempt t
                    join testing.answer a on a.attempt_id = ?
                    cross join lateral (select case when random() < (t.student_id % 100) / 100.0 + 0.2 - a.slot / 100.0
                                                     then 1.0 else 0.0 end as right) r
                    where t.assignment_id = ? and t.id <> ?""", attempt.id(), given.assignment().id(), attempt.id());
            jdbc.update("""
                    update testing.attempt t set points = s.points, fractions = s.fractions
                    from (select attempt_id, sum(points) as points,
                                 string_agg(slot || ':' || coalesce(fraction::text, ''), ',' order by slot) as fractions
                          from testing.answer group by attempt_id) s
                    where s.attempt_id = t.id and t.assignment_id = ?""", given.assignment().id());
            // as autovacuum does soon after such a copy (left to it, it may run beside the first recomputes: the first of
            // one run took 10.8 s, the third 1.9 s)
            jdbc.execute("vacuum analyze testing.attempt");
            jdbc.execute("vacuum analyze testing.answer");
            System.out.printf("   %d attempts × %d questions seeded in %.1f s%n", attempts, questions,
                    (System.nanoTime() - seeding) / 1e9);

            Statistics statistics = domain.getBean(Statistics.class);
            Actor teacher = world.actor(room.teacher());
            Recorder recorder = new Recorder();
            TestAnalysis analysis = null;
            for (int i = 0; i < repeats; i++) {
                long started = System.nanoTime();
                analysis = statistics.assignment(teacher, given.assignment().id(), AttemptSelection.FIRST);
                recorder.ok(started);
                System.out.printf("   recompute %d: %.0f ms%n", i + 1, (System.nanoTime() - started) / 1e6);
            }
            recorder.finish();
            results.report("item-analysis", attempts + " attempts × " + questions + " q", recorder,
                    "questions analysed " + analysis.questions().size() + "; each sample is one full recompute",
                    "full recompute ≤ 2 s (100,000 × 30)");
        }
    }
}
