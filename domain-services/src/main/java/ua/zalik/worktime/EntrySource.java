package ua.zalik.worktime;

/** How an entry came about: a timer, typed in by hand, or a test attempt. */
public enum EntrySource { TIMER, MANUAL, ATTEMPT }
