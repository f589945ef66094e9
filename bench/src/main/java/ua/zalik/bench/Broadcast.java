package ua.zalik.bench;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ua.zalik.BenchDomainApplication;
import ua.zalik.bot.fakeapi.FakeCall;
import ua.zalik.bot.fakeapi.FakeOptions;
import ua.zalik.notify.Notice;
import ua.zalik.notify.NotificationKind;
import ua.zalik.notify.Notifications;
import ua.zalik.users.Account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A broadcast: N notices planned in one transaction (as a facade plans them), then outbox, SQS, NotificationDelivery
 * and the Sender's shared limits until every chat has its message in the fake Telegram. Telegram's limits and ours
 * are multiplied by {@code scale} in both places so the run stays short; the floor is N over the bulk rate.
 */
final class Broadcast {

    private Broadcast() {
    }

    static void run(Args args, Results results) throws Exception {
        int notices = args.integer("notices", 2_000);
        int scale = args.integer("scale", 4);
        Cluster.Options base = Bench.clusterOptions(args, results, false);
        List<String> jvm = new ArrayList<>(base.jvmOptions());
        int global = 25 * scale;
        int reserve = 5 * scale;
        jvm.addAll(List.of("-Dzalik.telegram.rate-limits.global-per-second=" + global,
                "-Dzalik.telegram.rate-limits.interactive-reserve=" + reserve));
        FakeOptions telegram = FakeOptions.defaults().withLimits(30 * scale, 1, 5, 20);
        Cluster.Options options = new Cluster.Options(base.instances(), base.nginx(), base.dir(), jvm, telegram);
        try (Cluster cluster = Cluster.start(options);
             ConfigurableApplicationContext domain = BenchDomainApplication.start(cluster.jdbcUrl(), false)) {
            BenchWorld world = new BenchWorld(domain);
            BenchWorld.Classroom room = world.classroom(notices, Bench.firstChat(), false);
            Map<Long, AtomicInteger> received = new ConcurrentHashMap<>();
            room.chats().forEach(chat -> received.put(chat, new AtomicInteger()));
            AtomicInteger refused = new AtomicInteger();
            Recorder recorder = new Recorder();
            long[] committed = {0};
            cluster.telegram().onCall(call -> heard(call, received, refused, recorder, committed));
            Notifications notifications = domain.getBean(Notifications.class);
            String tag = Long.toHexString(System.nanoTime());
            System.out.println("   planning " + notices + " notices in one transaction");
            new TransactionTemplate(domain.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
                for (Account student : room.students()) {
                    notifications.plan(new Notice(NotificationKind.NEW_ASSIGNMENT, student.id(),
                            "bench-broadcast:" + tag + ":" + student.id(), "teaching.notice.new-assignment",
                            List.of("Оголошення " + tag, "завтра")));
                }
            });
            committed[0] = System.nanoTime();
            double floorSeconds = notices / (double) (global - reserve);
            long deadline = System.nanoTime() + (long) ((floorSeconds * 3 + 120) * 1e9);
            while (recorder.samples().size() < notices && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            recorder.finish();
            long lost = received.values().stream().filter(n -> n.get() == 0).count();
            long doubled = received.values().stream().filter(n -> n.get() > 1).count();
            for (int i = 0; i < lost; i++) {
                recorder.error();
            }
            long last = recorder.samples().stream().mapToLong(s -> s.endedAt()).max().orElse(0);
            double seconds = recorder.samples().isEmpty() ? 0
                    : (last - recorder.samples().stream().mapToLong(s -> s.endedAt() - s.nanos()).min().orElse(0)) / 1e9;
            String extra = String.format("all delivered in %.1f s; floor at our bulk rate %d/s: %.1f s (%+.1f%%),"
                            + " at Telegram's %d/s: %.1f s; lost %d, doubled %d, 429s from the fake %d",
                    seconds, global - reserve, floorSeconds, 100 * (seconds / floorSeconds - 1), 30 * scale,
                    notices / (30.0 * scale), lost, doubled, refused.get());
            results.report("broadcast", notices + " notices, limits ×" + scale + ", " + cluster.instances().size()
                    + " instance(s)", recorder, extra, "within 3% of the floor, 0 lost, 0 doubled");
        }
    }

    private static void heard(FakeCall call, Map<Long, AtomicInteger> received, AtomicInteger refused,
                              Recorder recorder, long[] committed) {
        if (!"sendMessage".equals(call.method()) || call.chatId() == null) {
            return;
        }
        AtomicInteger count = received.get(call.chatId());
        if (count == null) {
            return;
        }
        if (call.status() == 429) {
            refused.incrementAndGet();
        } else if (call.status() == 200) {
            count.incrementAndGet();
            recorder.ok(committed[0]);
        }
    }
}
