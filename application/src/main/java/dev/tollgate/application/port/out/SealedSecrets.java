package dev.tollgate.application.port.out;

import java.util.Optional;

/**
 * Seals a secret into an opaque text that may be kept where plain secrets must not be (a conversation row in the
 * database) and opens it again. A sealed text opens only for the same {@code purpose}, so one copied to another
 * admin's conversation or to another use is worthless.
 */
public interface SealedSecrets {

    String seal(Secret secret, String purpose);

    /** Empty when the text was not sealed for this purpose (or not by this shop's key). */
    Optional<Secret> open(String sealed, String purpose);
}
