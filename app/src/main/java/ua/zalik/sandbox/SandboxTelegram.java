package ua.zalik.sandbox;

import ua.zalik.bot.fakeapi.FakeBotApi;
import ua.zalik.bot.fakeapi.FakeOptions;

/** The one fake Bot API of this process: started before the context, stopped when it closes. */
final class SandboxTelegram {

    private static FakeBotApi fake;

    private SandboxTelegram() {
    }

    static synchronized FakeBotApi start() {
        if (fake == null) {
            // Telegram's own limits, so the sandbox shows the Sender's pacing as real chats would see it
            fake = FakeBotApi.start(FakeOptions.defaults().withToken("100000:SANDBOX-" + Long.toHexString(System.nanoTime())));
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
