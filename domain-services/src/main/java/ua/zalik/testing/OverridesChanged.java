package ua.zalik.testing;

import java.util.List;

/** Some students' overrides of an assignment were set or removed: their own due times may have moved. */
public record OverridesChanged(long assignmentId, List<Long> studentIds) {

    public OverridesChanged {
        studentIds = List.copyOf(studentIds);
    }
}
