package ua.zalik.testing;

/** Which of a student's attempts make their grade for an assignment. */
public enum GradingMethod { HIGHEST, AVERAGE, FIRST, LAST }
