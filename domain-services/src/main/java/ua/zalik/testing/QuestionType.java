package ua.zalik.testing;

public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER, NUMERIC, MATCHING, ORDERING, ESSAY;

    public boolean gradedByHand() {
        return this == ESSAY;
    }
}
