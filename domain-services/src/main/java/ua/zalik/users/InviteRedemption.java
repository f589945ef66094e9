package ua.zalik.users;

/** What came of {@code /start <code>}: on success the account and what it joined, for the greeting. */
public record InviteRedemption(Outcome outcome, Account account, String schoolName, String className, String childName) {

    public enum Outcome { JOINED, ALREADY_JOINED, UNKNOWN, EXPIRED, USED_UP, OTHER_SCHOOL }

    static InviteRedemption failed(Outcome outcome) {
        return new InviteRedemption(outcome, null, null, null, null);
    }

    public boolean joined() {
        return outcome == Outcome.JOINED || outcome == Outcome.ALREADY_JOINED;
    }
}
