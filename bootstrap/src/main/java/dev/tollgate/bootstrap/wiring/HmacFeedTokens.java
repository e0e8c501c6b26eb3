package dev.tollgate.bootstrap.wiring;

import dev.tollgate.application.port.out.FeedTokens;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.domain.customer.TelegramUserId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens of the form {@code <user id in base 36>.<first 18 characters of base64url(HMAC-SHA256)>}, and after a reset
 * {@code <user id>-<version in base 36>.<signature>} with the version signed too: about 108 bits that cannot be
 * guessed, checked in constant time. The HMAC key is derived from the secret key. Version-0 tokens are exactly the
 * tokens issued before versions existed, so no link handed out earlier changes.
 */
final class HmacFeedTokens implements FeedTokens {

    private static final Pattern FORMAT = Pattern.compile("([0-9a-z]{1,13})(?:-([1-9a-z][0-9a-z]{0,5}))?\\.([A-Za-z0-9_-]{18})");
    private static final int SIGNATURE_CHARS = 18;

    private final SecretKeySpec key;
    /** One initialised Mac per thread: {@code Mac.getInstance} and {@code init} cost more than the HMAC itself. */
    private final ThreadLocal<Mac> macs;

    HmacFeedTokens(Secret secretKey) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(Base64.getDecoder().decode(secretKey.value().trim()), "HmacSHA256"));
            this.key = new SecretKeySpec(derive.doFinal("tollgate subscription feed tokens v1".getBytes(StandardCharsets.UTF_8)),
                    "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
            }
        });
    }

    @Override
    public String tokenFor(TelegramUserId user, int version) {
        if (version < 0) {
            throw new IllegalArgumentException("a token version cannot be negative: " + version);
        }
        return Long.toString(user.value(), 36) + (version == 0 ? "" : "-" + Integer.toString(version, 36)) + "."
                + signature(user.value(), version);
    }

    @Override
    public Optional<Claim> read(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long user;
        int version;
        try {
            user = Long.parseLong(matcher.group(1), 36);
            version = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2), 36);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (user <= 0) {
            return Optional.empty();
        }
        boolean valid = MessageDigest.isEqual(signature(user, version).getBytes(StandardCharsets.US_ASCII),
                matcher.group(3).getBytes(StandardCharsets.US_ASCII));
        return valid ? Optional.of(new Claim(new TelegramUserId(user), version)) : Optional.empty();
    }

    private String signature(long user, int version) {
        String subject = version == 0 ? "user:" + user : "user:" + user + ":v" + version;
        byte[] digest = macs.get().doFinal(subject.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, SIGNATURE_CHARS);
    }
}
