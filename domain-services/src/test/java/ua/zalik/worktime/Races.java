package ua.zalik.worktime;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs two actions on two threads released at the same moment; rethrows what either threw. */
final class Races {

    private Races() {
    }

    static void together(Runnable first, Runnable second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> done = pool.invokeAll(List.of(released(start, first), released(start, second)), 30, TimeUnit.SECONDS);
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Object> released(CyclicBarrier start, Runnable action) {
        return () -> {
            start.await(10, TimeUnit.SECONDS);
            action.run();
            return null;
        };
    }
}
