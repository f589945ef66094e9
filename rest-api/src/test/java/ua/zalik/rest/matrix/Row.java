package ua.zalik.rest.matrix;

import java.util.Set;
import java.util.function.Function;

/**
 * One endpoint of the matrix: its method and mapping pattern (to check that every endpoint has a row), the concrete
 * path and JSON body for a scene, and the callers that may get a 2xx. Everyone else must get a 4xx problem.
 */
record Row(String method, String pattern, Function<Scene, String> path, Function<Scene, String> body, Set<Caller> allowed) {

    static Row get(String pattern, Function<Scene, String> path, Set<Caller> allowed) {
        return new Row("GET", pattern, path, scene -> null, allowed);
    }

    static Row with(String method, String pattern, Function<Scene, String> path, Function<Scene, String> body,
                    Set<Caller> allowed) {
        return new Row(method, pattern, path, body, allowed);
    }

    String key() {
        return method + " " + pattern;
    }

    @Override
    public String toString() {
        return key();
    }
}
