package ua.zalik.bench;

import org.springframework.context.ConfigurableApplicationContext;
import ua.zalik.BenchDomainApplication;
import ua.zalik.kernel.Actor;
import ua.zalik.testing.AttemptView;
import ua.zalik.testing.Attempts;
import ua.zalik.testing.Response;
import ua.zalik.users.Account;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A teacher's gradebook over REST: a class of 40 with 20 assignments, every student's attempt submitted; the results
 * table of each assignment ({@code GET /api/testing/assignments/{id}/results}) requested at a fixed rate, open loop.
 */
final class Gradebook {

    private Gradebook() {
    }

    static void run(Args args, Results results) throws Exception {
        int students = args.integer("students", 40);
        int assignments = args.integer("assignments", 20);
        int questions = args.integer("questions", 10);
        int rate = args.integer("rate", 300);
        int seconds = args.integer("seconds", 20);
        try (Cluster cluster = Cluster.start(Bench.clusterOptions(args, results, false));
             ConfigurableApplicationContext domain = BenchDomainApplication.start(cluster.jdbcUrl(), false)) {
            BenchWorld world = new BenchWorld(domain);
            BenchWorld.Classroom room = world.classroom(students, Bench.firstChat(), true);
            Attempts attempts = domain.getBean(Attempts.class);
            List<Long> ids = new ArrayList<>();
            try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
                List<Future<?>> work = new ArrayList<>();
                for (int a = 0; a < assignments; a++) {
                    long id = world.assignTest(room, "Тема " + (a + 1), questions).assignment().id();
                    ids.add(id);
                    for (Account student : room.students()) {
                        work.add(threads.submit(() -> {
                            Actor actor = world.actor(student);
                            AttemptView attempt = attempts.start(actor, id);
                            for (int slot = 0; slot < questions; slot++) {
                                attempts.answer(actor, attempt.id(), slot, new Response.Choices(List.of(slot % 4)));
                            }
                            attempts.submit(actor, attempt.id());
                        }));
                    }
                }
                for (Future<?> done : work) {
                    done.get();
                }
            }
            Duration settled = EventsSettled.await(domain.getBean(org.springframework.jdbc.core.JdbcTemplate.class),
                    Duration.ofMinutes(5));
            System.out.println("   " + students + " students × " + assignments + " assignments submitted; their events"
                    + " handled " + settled.toSeconds() + " s later; go");

            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(2)).build();
            login(http, cluster.url(), room.teacher().email());
            // one at a time first (and warm): the service time with nobody queued in front
            Recorder alone = new Recorder();
            for (int i = 0; i < 2 * ids.size(); i++) {
                long started = System.nanoTime();
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(cluster.url()
                        + "/api/testing/assignments/" + ids.get(i % ids.size()) + "/results")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    alone.ok(started);
                } else {
                    alone.error(String.valueOf(response.statusCode()));
                }
            }
            Recorder.Summary sequential = alone.summary();
            System.out.println("   one at a time: " + sequential.line());
            Recorder recorder = new Recorder();
            long intervalNanos = 1_000_000_000L / rate;
            long start = System.nanoTime();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (long n = 0; n < (long) rate * seconds; n++) {
                    long due = start + n * intervalNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    long assignment = ids.get((int) (n % ids.size()));
                    threads.submit(() -> {
                        try {
                            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(cluster.url()
                                    + "/api/testing/assignments/" + assignment + "/results"))
                                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 200) {
                                // from when it was due: a slow server does not get to slow the client down
                                recorder.ok(due);
                            } else {
                                recorder.error(String.valueOf(response.statusCode()));
                            }
                        } catch (Exception e) {
                            recorder.error(e.getClass().getSimpleName());
                        }
                    });
                }
            }
            recorder.finish();
            results.report("gradebook-rest", students + " × " + assignments + " at " + rate + " req/s for " + seconds
                    + " s", recorder, String.format(java.util.Locale.ROOT,
                    "GET /api/testing/assignments/{id}/results (what the dashboard's gradebook reads per assignment); one at a time:"
                    + " p50 %.1f ms, p99 %.1f ms", sequential.p50Ms(), sequential.p99Ms()),
                    "p99 ≤ 20 ms at 300 req/s");
        }
    }

    static void login(HttpClient http, String base, String email) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/csrf")).build(), HttpResponse.BodyHandlers.discarding());
        String token = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\""
                        + BenchWorld.PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 204) {
            throw new IllegalStateException("login failed: " + response.statusCode() + " " + response.body());
        }
    }
}
