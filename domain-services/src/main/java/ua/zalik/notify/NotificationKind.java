package ua.zalik.notify;

/** What a notification is about; an account may turn kinds off (preferences), except replies to its own actions. */
public enum NotificationKind {
    NEW_ASSIGNMENT, DUE_REMINDER, RESULTS_RELEASED, MISSED_DEADLINE, MISSED_SUMMARY, ASSIGNMENT_CLOSED, PARENT_DIGEST,
    NUDGE, NOTE_SHARED, TIMER_REMINDER, PARENT_QUESTION, GOAL_REACHED
}
