package ua.zalik.testing;

/** A teacher's reminder to the students who have not submitted: {@code waiting} of them, {@code reminded} now. */
public record Nudge(int waiting, int reminded) {

    /** Everyone waiting was reminded earlier in this hour, so nobody is now. */
    public boolean alreadyThisHour() {
        return waiting > 0 && reminded == 0;
    }
}
