package ua.zalik.notes;

/** Who besides the author reads a note: nobody, the parents of the student it is about, or a class. */
public enum Audience { PRIVATE, PARENTS, CLASS }
