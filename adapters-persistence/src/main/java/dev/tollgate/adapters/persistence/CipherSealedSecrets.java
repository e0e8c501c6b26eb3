package dev.tollgate.adapters.persistence;

import dev.tollgate.application.port.out.SealedSecrets;
import dev.tollgate.application.port.out.Secret;
import java.util.Optional;

/**
 * Seals with the shop's secret key (AES-256-GCM, {@link SecretCipher}), the purpose bound in as associated data: a
 * sealed text copied to another purpose, or read by a shop with another key, does not open.
 */
final class CipherSealedSecrets implements SealedSecrets {

    private final SecretCipher cipher;

    CipherSealedSecrets(SecretCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String seal(Secret secret, String purpose) {
        return cipher.encrypt(secret, context(purpose));
    }

    @Override
    public Optional<Secret> open(String sealed, String purpose) {
        try {
            return Optional.of(cipher.decrypt(sealed, context(purpose)));
        } catch (IllegalStateException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String context(String purpose) {
        return "sealed:" + purpose;
    }
}
