package ua.zalik.testing;

record QuestionTag(long questionId, String tag) {
}
