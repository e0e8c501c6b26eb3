package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.SealedSecrets;
import dev.tollgate.application.port.out.Secret;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Seals by handing out a random handle for the secret and its purpose, so the sealed text holds nothing of either. */
public final class InMemorySealedSecrets implements SealedSecrets {

    private record Sealed(Secret secret, String purpose) {
    }

    private final Map<String, Sealed> sealed = new ConcurrentHashMap<>();

    @Override
    public String seal(Secret secret, String purpose) {
        String handle = "sealed-" + UUID.randomUUID();
        sealed.put(handle, new Sealed(secret, purpose));
        return handle;
    }

    @Override
    public Optional<Secret> open(String text, String purpose) {
        return Optional.ofNullable(sealed.get(text)).filter(s -> s.purpose().equals(purpose)).map(Sealed::secret);
    }
}
