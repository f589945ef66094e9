package ua.zalik.users;

/** Null leaves a field as it is. */
public record AccountUpdate(String fullName, String email, String language) {
}
