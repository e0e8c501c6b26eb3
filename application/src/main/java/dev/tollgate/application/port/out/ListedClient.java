package dev.tollgate.application.port.out;

import dev.tollgate.domain.shared.DataSize;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A client as a panel lists it ({@link PanelCapability#LISTS_CLIENTS}), in our units. {@code expiresAt} is null for
 * "never" and for a term that starts at first use ({@code delayedStart}); {@code deviceLimit} is -1 when the listing
 * does not tell it; {@code note} is the panel's free text (3x-UI comment, S-UI desc); {@code telegramId} 0 if none.
 */
public record ListedClient(String email, boolean enabled, DataSize quota, Instant expiresAt, boolean delayedStart,
                           int deviceLimit, String note, long telegramId) {

    public ListedClient {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(quota, "quota");
        note = note == null ? "" : note;
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }
}
