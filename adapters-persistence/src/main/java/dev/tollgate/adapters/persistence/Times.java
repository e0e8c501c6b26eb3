package dev.tollgate.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants are stored as UTC timestamps with time zone. */
final class Times {

    private Times() {
    }

    static OffsetDateTime toDb(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant fromDb(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
