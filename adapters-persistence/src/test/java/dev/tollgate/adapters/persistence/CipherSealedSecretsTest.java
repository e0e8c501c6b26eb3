package dev.tollgate.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.Secret;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Secrets sealed with the shop's key open only for the purpose they were sealed for, and only with that key. */
class CipherSealedSecretsTest {

    private static Secret key(String text) {
        return new Secret(Base64.getEncoder().encodeToString(text.getBytes()));
    }

    private final CipherSealedSecrets seals = new CipherSealedSecrets(new SecretCipher(key("0123456789abcdef0123456789abcdef")));

    @Test
    void seal_thenOpenForTheSamePurpose_givesTheSecretBack_andTheSealedTextHoldsNoneOfIt() {
        String sealed = seals.seal(new Secret("Ps3cret!"), "server-credentials:2");

        assertThat(sealed).startsWith("v1:").doesNotContain("s3cret");
        assertThat(seals.open(sealed, "server-credentials:2")).contains(new Secret("Ps3cret!"));
    }

    @Test
    void open_forAnotherPurpose_withAnotherKey_orOfGarbage_isEmpty() {
        String sealed = seals.seal(new Secret("Ps3cret!"), "server-credentials:2");
        CipherSealedSecrets other = new CipherSealedSecrets(new SecretCipher(key("another-key-of-32-bytes-long!!!!")));

        assertThat(seals.open(sealed, "server-credentials:3")).isEmpty();
        assertThat(other.open(sealed, "server-credentials:2")).isEmpty();
        assertThat(seals.open("v1:not-base64!", "server-credentials:2")).isEmpty();
        assertThat(seals.open("plain", "server-credentials:2")).isEmpty();
    }
}
