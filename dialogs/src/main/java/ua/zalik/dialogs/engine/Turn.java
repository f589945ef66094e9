package ua.zalik.dialogs.engine;

import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.users.Account;
import ua.zalik.users.TelegramIdentity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a window's render and handlers see of one update: who, in which language, and the dialog's data. */
public final class Turn {

    private final long chatId;
    private final IncomingUpdate.TelegramUser user;
    private final Optional<Account> account;
    private final Texts texts;
    private final Map<String, String> data;
    private String language;
    private boolean languageChosen;
    private IncomingUpdate.Attachment attachment;
    private IncomingUpdate.ForwardedPoll poll;
    private IncomingUpdate.Kind kind;
    private java.util.function.Function<String, Optional<byte[]>> files = fileId -> Optional.empty();

    Turn(long chatId, IncomingUpdate.TelegramUser user, Optional<Account> account, Texts texts,
         Map<String, String> data, String language) {
        this.chatId = chatId;
        this.user = user;
        this.account = account;
        this.texts = texts;
        this.data = data;
        this.language = language;
    }

    public long chatId() {
        return chatId;
    }

    public IncomingUpdate.TelegramUser user() {
        return user;
    }

    /** The linked account; empty for a guest. */
    public Optional<Account> account() {
        return account;
    }

    /** The Telegram user as the users facade takes them, speaking this chat's language. */
    public TelegramIdentity identity() {
        return new TelegramIdentity(user.id(), chatId, user.firstName(), user.lastName(), language);
    }

    /** The document this update carries (a dialog opened by one sees it in {@code open}), else null. */
    public IncomingUpdate.Attachment attachment() {
        return attachment;
    }

    /** What this update is: a text, a photo, a document, a pressed button... */
    public IncomingUpdate.Kind kind() {
        return kind;
    }

    /** The quiz poll the user sent or forwarded with this update, else null. */
    public IncomingUpdate.ForwardedPoll poll() {
        return poll;
    }

    /** Fetches a file the user sent (bot-core's size limit applies); empty when Telegram would not give it. */
    public Optional<byte[]> download(String fileId) {
        return files.apply(fileId);
    }

    void carry(IncomingUpdate update, java.util.function.Function<String, Optional<byte[]>> downloads) {
        this.kind = update.kind();
        this.attachment = update.attachment();
        this.poll = update.poll();
        this.files = downloads;
    }

    /** "uk" or "en". */
    public String language() {
        return language;
    }

    public Locale locale() {
        return Texts.locale(language);
    }

    /** Switches this chat to another language from this reply on. */
    public void useLanguage(String newLanguage) {
        this.language = "en".equals(newLanguage) ? "en" : "uk";
        this.languageChosen = true;
    }

    boolean languageChosen() {
        return languageChosen;
    }

    /** A bundle text in the chat's language; string arguments are HTML-escaped, {@link Texts.Markup} ones not. */
    public String text(String key, Object... args) {
        return texts.text(locale(), key, args);
    }

    public String get(String key) {
        return data.get(key);
    }

    public void put(String key, Object value) {
        data.put(key, String.valueOf(value));
    }

    public void remove(String key) {
        data.remove(key);
    }
}
