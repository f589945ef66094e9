package ua.zalik.bot.fakeapi;

/** A Telegram user talking to the fake server. */
public record FakeUser(long id, String firstName, String username, String languageCode) {

    /** A Ukrainian-speaking user whose id equals the private chat's id. */
    public static FakeUser of(long id) {
        return new FakeUser(id, "User" + id, "user" + id, "uk");
    }

    public FakeUser speaking(String language) {
        return new FakeUser(id, firstName, username, language);
    }
}
