package ua.zalik.bot.config;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A chat id as logs show it: HMAC-SHA256 keyed from the bot token, cut to 16 hex characters. The same chat reads the
 * same on every instance, so its lines can be followed; a plain hash of a 10-digit id could be reversed by trying them.
 */
public final class ChatLogIds {

    private final SecretKeySpec key;

    public ChatLogIds(String token) {
        try {
            byte[] derived = MessageDigest.getInstance("SHA-256")
                    .digest(("zalik-log-ids:" + (token == null ? "" : token)).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(derived, "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String of(long chatId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(chatId).array()), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
