package dev.tollgate.application.service.servers;

import dev.tollgate.application.port.out.SealedSecrets;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Optional;

/**
 * A panel password or API token sealed for one admin between testing the connection and saving the server: the
 * plain secret is never kept, and a sealed one opens only for the admin it was sealed for.
 */
final class ServerCredentials {

    /** A password ({@code token} false) or an API token. */
    record Opened(Secret secret, boolean token) {
    }

    private ServerCredentials() {
    }

    static String purpose(TelegramUserId admin) {
        return "server-credentials:" + admin.value();
    }

    static String seal(SealedSecrets seals, TelegramUserId admin, Secret password, Secret token) {
        return token.isEmpty() ? seals.seal(new Secret("P" + password.value()), purpose(admin))
                : seals.seal(new Secret("T" + token.value()), purpose(admin));
    }

    static Optional<Opened> open(SealedSecrets seals, TelegramUserId admin, String sealed) {
        return seals.open(sealed, purpose(admin)).filter(secret -> !secret.isEmpty())
                .map(secret -> new Opened(new Secret(secret.value().substring(1)), secret.value().charAt(0) == 'T'));
    }
}
