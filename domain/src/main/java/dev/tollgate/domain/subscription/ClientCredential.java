package dev.tollgate.domain.subscription;

import java.util.Objects;

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

    @Override
    public String toString() {
        return "ClientCredential[email=" + email + ", secret=***]";
    }
}
