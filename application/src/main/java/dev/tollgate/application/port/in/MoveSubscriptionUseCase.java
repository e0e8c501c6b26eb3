package dev.tollgate.application.port.in;

import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.List;
import java.util.Objects;

/**
 * A user moves their own subscription to another location of its plan without losing paid time: the client is
 * created on the new server first, the subscription switches there (traffic used so far carried into the quota), and
 * only then is the old client removed. Every phase is stored, so an interrupted move is resumed ({@link #resume()}).
 */
public interface MoveSubscriptionUseCase {

    /** The locations the subscription may move to now: its plan's other servers with room and the same protocol. */
    List<ListLocationsUseCase.Location> targets(Targets query);

    Result move(Command command);

    /** Carries on every move a crash or an unreachable panel interrupted; returns how many finished. */
    int resume();

    record Targets(TelegramUserId user, SubscriptionId subscription) {
        public Targets {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(subscription, "subscription");
        }
    }

    record Command(TelegramUserId user, SubscriptionId subscription, ServerId target) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(target, "target");
        }
    }

    sealed interface Result {
    }

    /** The subscription is on the new server (also the answer to a repeated request for a finished move). */
    record Moved(AccessDetails access) implements Result {
    }

    /** The new server did not answer yet; the move carries on in the background and the old location keeps working. */
    record Underway() implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        UNKNOWN_SUBSCRIPTION,
        /** A trial, a subscription without a plan, or one that is not active (pending, expired, revoked). */
        NOT_MOVABLE,
        /** Not one of the plan's servers, or one the credential does not fit (another protocol). */
        NOT_A_LOCATION,
        LOCATION_FULL,
        /** Another move of this subscription is still under way. */
        ALREADY_MOVING
    }
}
