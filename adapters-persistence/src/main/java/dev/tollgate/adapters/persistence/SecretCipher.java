package dev.tollgate.adapters.persistence;

import dev.tollgate.application.port.out.Secret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest with AES-256-GCM. Each value gets a fresh 96-bit nonce; the column and row it belongs to
 * are bound in as associated data, so a ciphertext copied to another row or column does not decrypt.
 * Stored form: {@code v1:<base64(nonce || ciphertext+tag)>}.
 */
final class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(Secret base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.value().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the secret key must be base64 (TOLLGATE_SECURITY_SECRET_KEY)", e);
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("the secret key must be 32 bytes (256 bits) in base64, got " + bytes.length
                    + " bytes (TOLLGATE_SECURITY_SECRET_KEY; generate one with: openssl rand -base64 32)");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String encrypt(Secret secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.value().getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    Secret decrypt(String stored, String context) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("a stored secret of " + context + " is not in a known format");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new Secret(new String(plain, StandardCharsets.UTF_8));
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("a stored secret of " + context
                    + " does not decrypt: wrong TOLLGATE_SECURITY_SECRET_KEY, or the value was tampered with", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }
}
