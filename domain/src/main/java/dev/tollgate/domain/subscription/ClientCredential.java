package dev.tollgate.domain.subscription;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * What a panel knows a client by: {@code email} is the panel-wide key (3x-UI, Xray stats) and {@code secret}
 * is the UUID or password the user's app presents. It is issued once and survives renewals.
 */
public record ClientCredential(String email, String secret) {

    public ClientCredential {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(secret, "secret");
        if (email.isBlank() || email.length() > 64 || !email.equals(email.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("a client email is 1 to 64 lower-case characters: " + email);
        }
        if (secret.isBlank()) {
            throw new IllegalArgumentException("a client secret cannot be blank");
        }
    }

    /**
     * A fresh credential for one subscription of one user: the email names both (panels key clients by it, and it
     * says the client is the shop's); the secret is what the protocol expects. A Shadowsocks-2022 user key is the
     * base64 of exactly the method's key size (16 bytes for aes-128, else 32); anything else is refused by the cores
     * or silently replaced by 3x-UI v3.1+, and the link never works.
     *
     * @param shadowsocksMethod the server's Shadowsocks method, used only for {@link Protocol#SHADOWSOCKS_2022}
     */
    public static ClientCredential issue(TelegramUserId owner, SubscriptionId subscription, Protocol protocol,
                                         String shadowsocksMethod) {
        String email = "tg" + owner.value() + "-" + subscription.value().toString().substring(0, 8);
        String secret;
        if (protocol == Protocol.SHADOWSOCKS_2022) {
            String method = shadowsocksMethod == null ? "2022-blake3-aes-128-gcm" : shadowsocksMethod;
            byte[] key = new byte[method.contains("aes-128") ? 16 : 32];
            RANDOM.nextBytes(key);
            secret = Base64.getEncoder().encodeToString(key);
        } else {
            secret = protocol.usesUuid() ? UUID.randomUUID().toString() : UUID.randomUUID().toString().replace("-", "");
        }
        return new ClientCredential(email, secret);
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern SHOP_EMAIL = java.util.regex.Pattern.compile("tg([1-9][0-9]{0,15})-[0-9a-f]{8}");

    /**
     * Whether a panel client's email follows the shop's convention ({@code tg<telegram id>-<8 hex>}, see
     * {@link #issue}), case-insensitively as panels compare emails; such a client is the shop's own.
     */
    public static boolean isShopEmail(String email) {
        return email != null && SHOP_EMAIL.matcher(email.toLowerCase(java.util.Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return "ClientCredential[email=" + email + ", secret=***]";
    }
}
