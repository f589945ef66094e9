package ua.zalik.bench;

import ua.zalik.bot.fakeapi.FakeOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * ./zalik bench SCENARIO [key=value ...]: the scenarios of docs/performance.md. Each prints p50/p95/p99, throughput
 * and errors, writes a PNG and appends a row to bench/target/results/results.md.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args.length == 0 ? "help" : args[0];
        Args options = new Args(args, Math.min(1, args.length));
        Results results = new Results(Path.of(options.string("out", "bench/target/results")),
                "./zalik bench " + String.join(" ", args));
        System.out.println("== " + scenario + " on " + Results.machine());
        switch (scenario) {
            case "quiz-day" -> QuizDay.quizDay(options, results);
            case "exam-burst" -> QuizDay.examBurst(options, results);
            case "broadcast" -> Broadcast.run(options, results);
            case "item-analysis" -> ItemAnalysisBench.run(options, results);
            case "gradebook" -> Gradebook.run(options, results);
            case "startup" -> Startup.run(options, results);
            case "cluster" -> Startup.cluster(options, results);
            default -> {
                System.out.println("""
                        usage: ./zalik bench SCENARIO [key=value ...]
                          quiz-day      students=50 questions=20 instances=1
                                        faults: kill-every=30 redis-down-at=10 redis-down-for=60
                                                sqs-restart-at=20 sqs-down-for=5 pg-restart-at=30 pg-down-for=5
                                                (name=ROW to label the row)
                                        patience=S: a student's wait for the bot (60, with faults 180)
                                        warmup=1: rounds of another test everyone takes first, unmeasured
                          exam-burst    students=300 window=60 questions=20 instances=1
                          broadcast     notices=2000 scale=4 instances=1
                          item-analysis attempts=20000 questions=30
                          gradebook     students=40 assignments=20 rate=300 seconds=20
                          startup       times=3
                          cluster       instances=3 [unlimited=true] [seconds=N] (starts everything, prints the URLs,
                                        stays up until Ctrl-C or N seconds)
                        common: instances=N (nginx in front when N > 1), jvm=-Xmx300m,-XX:+UseSerialGC (comma-separated,
                                instead of the production unit's -Xmx128m,-XX:+UseSerialGC),
                                out=DIR (default bench/target/results)""");
                System.exit("help".equals(scenario) ? 0 : 2);
            }
        }
        System.exit(0);
    }

    /** Telegram's flood limits lifted in the fake and in the Sender when {@code unlimited}: the server is measured. */
    static Cluster.Options clusterOptions(Args args, Results results, boolean unlimited) {
        int instances = args.integer("instances", 1);
        List<String> jvm = new ArrayList<>(List.of(args.string("jvm", Instance.MEMORY_OPTIONS).split("[,\\s]+")));
        FakeOptions telegram = FakeOptions.defaults().withWebhookRetries(8, Duration.ofMillis(500));
        if (unlimited) {
            telegram = telegram.withLimits(1_000_000, 1_000_000, 1_000_000, 1_000_000);
            jvm.addAll(List.of("-Dzalik.telegram.rate-limits.global-per-second=1000000",
                    "-Dzalik.telegram.rate-limits.private-per-second=1000000",
                    "-Dzalik.telegram.rate-limits.private-burst=1000000"));
        }
        return new Cluster.Options(instances, instances > 1 || args.flag("nginx", false),
                results.dir().resolve("cluster"), jvm, telegram);
    }

    /** Chat ids no other run of the same database used. */
    static long firstChat() {
        return 7_000_000_000L + System.currentTimeMillis() % 1_000_000_000L * 10;
    }
}
