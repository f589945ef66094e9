package ua.zalik.bench;

import java.time.Duration;

/** Start to healthy of the packaged jar against a migrated database, and its resident memory once idle. */
final class Startup {

    private Startup() {
    }

    static void run(Args args, Results results) {
        int times = args.integer("times", 3);
        try (Cluster cluster = Cluster.start(Bench.clusterOptions(args, results, false))) {
            Recorder recorder = new Recorder();
            StringBuilder rss = new StringBuilder();
            for (int i = 0; i < times; i++) {
                Instance extra = new Instance("startup-" + (i + 1), Cluster.freePort(), cluster.environment(),
                        Bench.clusterOptions(args, results, false).jvmOptions(), results.dir().resolve("cluster"), "startup");
                long started = System.nanoTime();
                extra.start();
                try {
                    Duration healthy = extra.awaitHealthy(Duration.ofMinutes(2));
                    recorder.ok(started, started + healthy.toNanos());
                    Instance.sleep(3000);
                    rss.append(extra.residentMb()).append(' ');
                    System.out.println("   start " + (i + 1) + ": healthy after " + healthy.toMillis() + " ms, RSS "
                            + extra.residentMb() + " MB");
                } catch (RuntimeException e) {
                    recorder.error();
                    System.out.println("   start " + (i + 1) + " failed: " + e.getMessage());
                } finally {
                    extra.close();
                }
            }
            recorder.finish();
            results.report("startup", times + " starts", recorder, "each sample is one start to healthy (readiness);"
                    + " idle RSS MB: " + rss.toString().trim(), "≤ 6 s to healthy; ≤ 400 MB resident under load");
        }
    }

    /** Starts the cluster and keeps it up until the process is stopped (Ctrl-C) or {@code seconds} pass. */
    static void cluster(Args args, Results results) throws InterruptedException {
        Cluster cluster = Cluster.start(Bench.clusterOptions(args, results, args.flag("unlimited", false)));
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "cluster-stop"));
        System.out.println("   Zalik behind nginx: " + cluster.url() + "   (webhook /telegram/webhook)");
        System.out.println("   fake Bot API: " + cluster.telegram().baseUrl() + " token " + cluster.telegram().token());
        System.out.println("   PostgreSQL: " + cluster.jdbcUrl());
        cluster.instances().forEach(i -> System.out.println("   " + i.name() + ": " + i.url()));
        int seconds = args.integer("seconds", 0);
        Thread.sleep(seconds > 0 ? seconds * 1000L : Long.MAX_VALUE);
    }
}
