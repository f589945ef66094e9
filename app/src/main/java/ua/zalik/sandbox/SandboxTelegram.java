package ua.zalik.sandbox;

import ua.zalik.bot.fakeapi.FakeBotApi;
import ua.zalik.bot.fakeapi.FakeOptions;

/** The one fake Bot API of this process: started before the context, stopped when it closes. */
final class SandboxTelegram {

    private static FakeBotApi fake;

    private SandboxTelegram() {
    }

    /** The bot keeps its configured username (getMe, invite links) and faces Telegram's own limits, as real chats would. */
    static synchronized FakeBotApi start(String botUsername) {
        if (fake == null) {
            FakeOptions limits = FakeOptions.defaults();
            fake = FakeBotApi.start(new FakeOptions("100000:SANDBOX-" + Long.toHexString(System.nanoTime()), botUsername,
                    limits.globalPerSecond(), limits.privatePerSecond(), limits.privateBurst(), limits.groupPerMinute(),
                    limits.webhookMaxAttempts(), limits.webhookRetryDelay()));
        }
        return fake;
    }

    static synchronized FakeBotApi current() {
        if (fake == null) {
            throw new IllegalStateException("the Telegram sandbox is not running");
        }
        return fake;
    }

    static synchronized void stop() {
        if (fake != null) {
            fake.close();
            fake = null;
        }
    }
}
