package ua.zalik.bench;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.BenchDomainApplication;
import ua.zalik.bot.fakeapi.FakeMessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Quiz day and exam burst: students take a test in the fake Telegram through the webhook, each answering as soon as
 * the bot shows the next question. Quiz day times every answer (press to next question shown); exam burst starts the
 * students at random moments of a window and times the start (press "▶" to first question shown), counting question
 * content served from the cache vs read from the tables.
 */
final class QuizDay {

    private QuizDay() {
    }

    static void quizDay(Args args, Results results) throws Exception {
        int students = args.integer("students", 50);
        int questions = args.integer("questions", 20);
        try (Cluster cluster = Cluster.start(Bench.clusterOptions(args, results, true));
             ConfigurableApplicationContext domain = BenchDomainApplication.start(cluster.jdbcUrl(), false)) {
            BenchWorld world = new BenchWorld(domain);
            BenchWorld.Classroom room = world.classroom(students, Bench.firstChat(), true);
            BenchWorld.Given given = world.assignTest(room, "Контрольна " + room.school().id(), questions);
            Chats chats = new Chats(cluster.telegram(), patience(args));
            // a JVM fresh from start spends about half its CPU compiling the hot paths in the first minute: the warm-up
            // rounds take other tests first, so the measured round is what a running instance does all day
            int warmups = args.integer("warmup", 1);
            List<String> warmupRates = new ArrayList<>();
            for (int round = 1; round <= warmups; round++) {
                BenchWorld.Given warmup = world.assignTest(room, "Розминка " + round + " " + room.school().id(), questions);
                System.out.println("   warm-up " + round + "/" + warmups + ": " + students + " students, " + questions
                        + " questions");
                Recorder warm = new Recorder();
                everyoneTakes(room, chats, warmup, questions, warm, new AtomicInteger());
                warm.finish();
                warmupRates.add(String.format(java.util.Locale.ROOT, "%.1f/s", warm.summary().perSecond()));
            }
            System.out.println("   " + students + " students, " + questions + " questions; go");

            Recorder answers = new Recorder();
            AtomicInteger finished = new AtomicInteger();
            Faults faults = Faults.start(args, cluster);
            long[] rss = {0};
            Thread memory = Thread.ofPlatform().daemon().start(() -> watchMemory(cluster, rss));
            double cpuBefore = cpuSeconds(cluster);
            everyoneTakes(room, chats, given, questions, answers, finished);
            double cpu = cpuSeconds(cluster) - cpuBefore;
            answers.finish();
            faults.close();
            memory.interrupt();
            JdbcTemplate jdbc = domain.getBean(JdbcTemplate.class);
            Integer submitted = jdbc.queryForObject("select count(*) from testing.attempt where assignment_id = ?"
                    + " and state <> 'IN_PROGRESS'", Integer.class, given.assignment().id());
            Integer stored = jdbc.queryForObject("select count(*) from testing.answer a join testing.attempt t"
                    + " on t.id = a.attempt_id where t.assignment_id = ? and a.fraction = 1", Integer.class,
                    given.assignment().id());
            List<String> turns = new ArrayList<>();
            cluster.instances().stream().filter(Instance::alive).forEach(i -> turns.add(Metrics.turns(i)));
            String extra = String.format(java.util.Locale.ROOT, "finished %d/%d, attempts stored %d, right answers stored %d/%d;"
                    + " %s; max RSS %d MB; Zalik CPU per answer %s; warm-up rounds before: %s",
                    finished.get(), students, submitted, stored, students * questions, String.join("; ", turns), rss[0],
                    // a killed instance's CPU goes with it: no sum to trust when faults are injected
                    faults.any() ? "n/a (faults)" : String.format(java.util.Locale.ROOT, "%.1f ms (all instances)",
                            cpu * 1000 / Math.max(1, answers.summary().count())),
                    warmupRates.isEmpty() ? "none" : String.join(", ", warmupRates));
            String instances = cluster.instances().size() > 1 ? "-" + cluster.instances().size() + "-instances" : "";
            results.report(args.string("name", (faults.any() ? "quiz-day-faults" : "quiz-day") + instances),
                    students + " students × " + questions + " q, " + cluster.instances().size() + " instance(s)",
                    answers, extra, "≥ 2,000 answers/s, p99 ≤ 25 ms (1 instance)");
        }
    }

    /** Every student of the room takes the test: the list, the start, each question answered right, the result. */
    private static void everyoneTakes(BenchWorld.Classroom room, Chats chats, BenchWorld.Given given, int questions,
                                      Recorder answers, AtomicInteger finished) {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long chat : room.chats()) {
                threads.submit(() -> {
                    try {
                        FakeMessage list = chats.send(chat, "/tests");
                        FakeMessage q = chats.press(chat, list, "▶ " + given.test().title());
                        for (int i = 0; i < questions; i++) {
                            long started = System.nanoTime();
                            q = chats.press(chat, q, BenchWorld.RIGHT);
                            answers.ok(started);
                        }
                        chats.press(chat, q, "✅ Здати");
                        // the result screen; the result notice (the review policy shows it) may come first
                        chats.awaitText(chat, "Бали: " + questions + " з " + questions);
                        finished.incrementAndGet();
                    } catch (RuntimeException e) {
                        answers.error(e.getMessage() != null && e.getMessage().contains("no answer")
                                ? "no answer in " + chats.patience().toSeconds() + " s"
                                : e.getClass().getSimpleName());
                        System.out.println("   student in chat " + chat + " stopped: " + e.getMessage());
                    }
                });
            }
        }
    }

    /** The CPU seconds the cluster's Zalik processes used so far (killed and restarted ones count from their start). */
    private static double cpuSeconds(Cluster cluster) {
        return cluster.instances().stream().mapToDouble(Instance::cpuSeconds).filter(s -> s >= 0).sum();
    }

    /**
     * How long a student waits for the bot: a minute, or {@code patience=S}; with faults three minutes by default, since
     * an update a killed instance accepted is replayed by another one a minute later (the durable intake).
     */
    static Duration patience(Args args) {
        boolean faults = args.integer("kill-every", 0) > 0 || args.integer("redis-down-at", 0) > 0
                || args.integer("sqs-restart-at", 0) > 0;
        return Duration.ofSeconds(args.integer("patience", faults ? 180 : 60));
    }

    static void examBurst(Args args, Results results) throws Exception {
        int students = args.integer("students", 300);
        int window = args.integer("window", 60);
        int questions = args.integer("questions", 20);
        try (Cluster cluster = Cluster.start(Bench.clusterOptions(args, results, true));
             ConfigurableApplicationContext domain = BenchDomainApplication.start(cluster.jdbcUrl(), false)) {
            BenchWorld world = new BenchWorld(domain);
            BenchWorld.Classroom room = world.classroom(students, Bench.firstChat(), true);
            BenchWorld.Given given = world.assignTest(room, "Іспит " + room.school().id(), questions);
            Chats chats = new Chats(cluster.telegram(), Duration.ofSeconds(60));
            String metric = "zalik_testing_question_contents_total";
            double hitsBefore = Metrics.sum(cluster.instances(), metric, "outcome=\"hit\"");
            double missesBefore = Metrics.sum(cluster.instances(), metric, "outcome=\"miss\"");
            System.out.println("   " + students + " students start within " + window + " s; go");

            Recorder starts = new Recorder();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (long chat : room.chats()) {
                    long delay = ThreadLocalRandom.current().nextLong(window * 1000L);
                    threads.submit(() -> {
                        try {
                            Thread.sleep(delay);
                            FakeMessage list = chats.send(chat, "/tests");
                            long started = System.nanoTime();
                            FakeMessage q = chats.press(chat, list, "▶ " + given.test().title());
                            if (!q.text().startsWith("1/" + questions)) {
                                throw new IllegalStateException("not the first question: " + q.text());
                            }
                            starts.ok(started);
                            // and the second question, read while many others are starting
                            chats.press(chat, q, BenchWorld.RIGHT);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (RuntimeException e) {
                            starts.error(e.getMessage() != null && e.getMessage().contains("no answer") ? "no answer in 60 s"
                                    : e.getClass().getSimpleName());
                            System.out.println("   student in chat " + chat + " stopped: " + e.getMessage());
                        }
                    });
                }
            }
            starts.finish();
            double hits = Metrics.sum(cluster.instances(), metric, "outcome=\"hit\"") - hitsBefore;
            double misses = Metrics.sum(cluster.instances(), metric, "outcome=\"miss\"") - missesBefore;
            String extra = String.format("question versions from cache %.0f, read from tables %.0f (%d questions, %d instances)",
                    hits, misses, questions, cluster.instances().size());
            results.report("exam-burst", students + " students in " + window + " s, "
                    + cluster.instances().size() + " instance(s)", starts, extra,
                    "0 errors, p99 ≤ 100 ms, no question-table reads while questions are shown");
        }
    }

    private static void watchMemory(Cluster cluster, long[] max) {
        while (!Thread.currentThread().isInterrupted()) {
            for (Instance instance : cluster.instances()) {
                max[0] = Math.max(max[0], instance.residentMb());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
