package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Adopts the clients a panel holds that the shop does not (3x-UI, S-UI; cores cannot list), keeping each one's
 * credential, expiry, quota and used traffic: as a subscription of the Telegram user the panel or the email names
 * (the customer is created if needed), else as an unclaimed subscription with a one-time claim code. Idempotent: a
 * second run adopts nothing twice and a run stopped midway resumes. The panel client is never changed, except that
 * the ownership mark is written where that is safe. Owners only; an import that adopted something is audited.
 */
public interface ImportClientsUseCase {

    Result importClients(Command command);

    /** {@code dryRun} only reports what would be adopted (nothing is stored, nothing is written to the panel). */
    record Command(TelegramUserId actor, ServerId server, boolean dryRun) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(server, "server");
        }
    }

    enum Outcome {
        /** Adopted as a subscription of the matched user. */
        ADOPTED,
        /** Stored as an unclaimed subscription; {@link Line#claimCode} is the code to hand to its user. */
        UNCLAIMED,
        /** Dry run: would be adopted as a subscription of the matched user. */
        WOULD_ADOPT,
        /** Dry run: would be stored unclaimed with a code. */
        WOULD_STORE_UNCLAIMED,
        /** Left alone; {@link Line#detail} says why. */
        SKIPPED,
        /** The panel failed for this client; a later run tries it again. */
        FAILED
    }

    /** What happened to one client. */
    record Line(String email, PreviewImportUseCase.Match match, Optional<TelegramUserId> user, Outcome outcome,
                Optional<SubscriptionId> subscription, Optional<String> claimCode, boolean marked, String detail) {
        public Line {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(claimCode, "claimCode");
            detail = detail == null ? "" : detail;
        }
    }

    sealed interface Result {
    }

    /** {@code alreadyTheShops} clients were the shop's before this run (earlier imports included) and are not listed. */
    record Imported(ServerId server, boolean dryRun, List<Line> lines, int alreadyTheShops) implements Result {
        public Imported {
            lines = List.copyOf(lines);
        }

        public long count(Outcome outcome) {
            return lines.stream().filter(line -> line.outcome() == outcome).count();
        }
    }

    record Refused(Reason reason, String detail) implements Result {
    }

    enum Reason {
        /** The actor is not an owner. */
        NOT_ALLOWED,
        UNKNOWN_SERVER,
        /** The server's panel cannot list or read its clients (bare Xray/V2Ray cores). */
        CANNOT_LIST,
        PANEL_UNAVAILABLE
    }
}
