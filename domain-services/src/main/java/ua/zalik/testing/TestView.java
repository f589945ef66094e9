package ua.zalik.testing;

import java.util.List;

/** A test as its author sees it. */
public record TestView(long id, long schoolId, long ownerId, String title, TestSettings settings, List<Slot> slots) {
}
