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
        faults.outage(args.integer("redis-down-at", 0), args.integer("redis-down-for", 60), "Redis",
                EmbeddedRedisServer::stop, EmbeddedRedisServer::restart, "");
        faults.outage(args.integer("sqs-restart-at", 0), args.integer("sqs-down-for", 5), "ElasticMQ",
                EmbeddedSqsServer::stop, EmbeddedSqsServer::restart, " (empty)");
        faults.outage(args.integer("pg-restart-at", 0), args.integer("pg-down-for", 5), "PostgreSQL",
                EmbeddedPostgresServer::stop, EmbeddedPostgresServer::restart, "");
        int killEvery = args.integer("kill-every", 0);
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

    /** From {@code at} seconds (never when 0), the service is stopped for {@code seconds} and started again. */
    private void outage(int at, int seconds, String service, Runnable stop, Runnable restart, String backAs) {
        if (at > 0) {
            after(at, () -> {
                System.out.println("   fault: " + service + " stopped for " + seconds + " s");
                stop.run();
                sleep(seconds);
                restart.run();
                System.out.println("   fault: " + service + " back" + backAs);
            });
        }
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
