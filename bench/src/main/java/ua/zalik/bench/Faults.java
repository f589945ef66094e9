package ua.zalik.bench;

import ua.zalik.embedded.EmbeddedPostgresServer;
import ua.zalik.embedded.EmbeddedRedisServer;
import ua.zalik.embedded.EmbeddedSqsServer;

import java.util.ArrayList;
import java.util.List;

/**
 * Faults injected into a running scenario (quiz day): Redis stopped for a while, ElasticMQ stopped and restarted
 * (empty, as an in-memory ElasticMQ comes back), PostgreSQL stopped and started again on its data, one instance killed
 * with -9 every N seconds.
 */
final class Faults implements AutoCloseable {

    private final List<Thread> threads = new ArrayList<>();

    static Faults start(Args args, Cluster cluster) {
        Faults faults = new Faults();
        int redisAt = args.integer("redis-down-at", 0);
        int redisFor = args.integer("redis-down-for", 60);
        int sqsAt = args.integer("sqs-restart-at", 0);
        int sqsFor = args.integer("sqs-down-for", 5);
        int pgAt = args.integer("pg-restart-at", 0);
        int pgFor = args.integer("pg-down-for", 5);
        int killEvery = args.integer("kill-every", 0);
        if (redisAt > 0) {
            faults.after(redisAt, () -> {
                System.out.println("   fault: Redis stopped for " + redisFor + " s");
                EmbeddedRedisServer.stop();
                sleep(redisFor);
                EmbeddedRedisServer.restart();
                System.out.println("   fault: Redis back");
            });
        }
        if (sqsAt > 0) {
            faults.after(sqsAt, () -> {
                System.out.println("   fault: ElasticMQ stopped for " + sqsFor + " s");
                EmbeddedSqsServer.stop();
                sleep(sqsFor);
                EmbeddedSqsServer.restart();
                System.out.println("   fault: ElasticMQ back (empty)");
            });
        }
        if (pgAt > 0) {
            faults.after(pgAt, () -> {
                System.out.println("   fault: PostgreSQL stopped for " + pgFor + " s");
                EmbeddedPostgresServer.stop();
                sleep(pgFor);
                EmbeddedPostgresServer.restart();
                System.out.println("   fault: PostgreSQL back");
            });
        }
        if (killEvery > 0) {
            faults.after(0, () -> {
                int next = 0;
                while (true) {
                    sleep(killEvery);
                    Instance victim = cluster.instances().get(next++ % cluster.instances().size());
                    System.out.println("   fault: kill -9 " + victim.name());
                    victim.kill();
                    victim.start();
                    try {
                        victim.awaitHealthy(java.time.Duration.ofMinutes(2));
                        System.out.println("   fault: " + victim.name() + " back");
                    } catch (RuntimeException e) {
                        System.out.println("   fault: " + victim.name() + " did not come back: " + e.getMessage());
                    }
                }
            });
        }
        return faults;
    }

    private void after(int seconds, Runnable fault) {
        threads.add(Thread.ofPlatform().daemon().start(() -> {
            try {
                sleep(seconds);
                fault.run();
            } catch (IllegalStateException e) {
                // interrupted: the scenario ended first
            }
        }));
    }

    boolean any() {
        return !threads.isEmpty();
    }

    private static void sleep(int seconds) {
        Instance.sleep(seconds * 1000L);
    }

    @Override
    public void close() {
        threads.forEach(Thread::interrupt);
    }
}
