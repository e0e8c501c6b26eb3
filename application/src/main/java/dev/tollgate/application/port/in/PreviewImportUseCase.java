package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dry run of importing a panel's existing clients (3x-UI, S-UI; cores cannot list): what would be adopted, and
 * as whose. Changes nothing.
 */
public interface PreviewImportUseCase {

    Result preview(Command command);

    record Command(ServerId server) {
        public Command {
            Objects.requireNonNull(server, "server");
        }
    }

    /** How a client would be matched to a Telegram user. */
    enum Match {
        /** The panel's own {@code tgId} field names the user. */
        TELEGRAM_ID,
        /** The email follows the shop's convention {@code tg<id>-...}. */
        EMAIL_CONVENTION,
        /** No user is known: it would become an unclaimed subscription a user claims with a code. */
        UNCLAIMED
    }

    /** One client that would be adopted, with what it keeps: expiry, quota and traffic used. */
    record Candidate(String email, Match match, Optional<TelegramUserId> user, boolean knownCustomer, boolean enabled,
                     DataSize quota, Optional<Instant> expiresAt, DataSize used) {
        public Candidate {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(quota, "quota");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(used, "used");
        }
    }

    sealed interface Result {
    }

    /** {@code alreadyTheShops} clients are subscriptions the shop has already and are not listed again. */
    record Preview(ServerId server, List<Candidate> candidates, int alreadyTheShops) implements Result {
        public Preview {
            candidates = List.copyOf(candidates);
        }

        public long count(Match match) {
            return candidates.stream().filter(c -> c.match() == match).count();
        }
    }

    record Refused(Reason reason, String detail) implements Result {
    }

    enum Reason {
        /** No server with that id is configured. */
        UNKNOWN_SERVER,
        /** The server's panel cannot list its clients (bare Xray/V2Ray cores). */
        CANNOT_LIST,
        /** The panel did not answer. */
        PANEL_UNAVAILABLE
    }
}
