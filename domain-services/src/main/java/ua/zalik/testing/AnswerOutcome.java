package ua.zalik.testing;

/** How saving an answer from chat went: saved, the attempt is over (now submitted), or the answer does not fit the question. */
public enum AnswerOutcome { SAVED, OVER, DOES_NOT_FIT }
