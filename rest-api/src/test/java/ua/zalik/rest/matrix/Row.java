package ua.zalik.rest.matrix;

import org.springframework.http.MediaType;

import java.util.Set;
import java.util.function.Function;

/**
 * One endpoint of the matrix: its method and mapping pattern (to check that every endpoint has a row), the concrete
 * path and body (JSON unless said otherwise) for a scene, and the callers that may get a 2xx. Everyone else must get
 * a 4xx problem.
 */
record Row(String method, String pattern, Function<Scene, String> path, Function<Scene, String> body, MediaType contentType,
           Set<Caller> allowed) {

    static Row get(String pattern, Function<Scene, String> path, Set<Caller> allowed) {
        return new Row("GET", pattern, path, scene -> null, MediaType.APPLICATION_JSON, allowed);
    }

    static Row with(String method, String pattern, Function<Scene, String> path, Function<Scene, String> body,
                    Set<Caller> allowed) {
        return new Row(method, pattern, path, body, MediaType.APPLICATION_JSON, allowed);
    }

    static Row with(String method, String pattern, Function<Scene, String> path, Function<Scene, String> body,
                    MediaType contentType, Set<Caller> allowed) {
        return new Row(method, pattern, path, body, contentType, allowed);
    }

    /** An allowed DELETE takes its object away, so each allowed caller asks in a scene of its own. */
    boolean consumesItsObject() {
        return method.equals("DELETE");
    }

    String key() {
        return method + " " + pattern;
    }

    @Override
    public String toString() {
        return key();
    }
}
