package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.TermsAcceptances;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Terms acceptances in a map; the first one counts. */
public final class InMemoryTermsAcceptances implements TermsAcceptances {

    private final Map<Long, Instant> accepted = new HashMap<>();

    @Override
    public synchronized Optional<Instant> acceptedAt(TelegramUserId user) {
        return Optional.ofNullable(accepted.get(user.value()));
    }

    @Override
    public synchronized void accept(TelegramUserId user, Instant at) {
        accepted.putIfAbsent(user.value(), at);
    }
}
