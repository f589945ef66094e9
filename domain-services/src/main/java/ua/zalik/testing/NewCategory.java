package ua.zalik.testing;

public record NewCategory(String name, Long subjectId, Long parentId) {
}
