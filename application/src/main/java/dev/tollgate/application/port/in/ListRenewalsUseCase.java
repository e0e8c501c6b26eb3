package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.TrafficPack;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a user can do with each of their subscriptions: renew it on its plan, upgrade it to a bigger plan on sale. */
public interface ListRenewalsUseCase {

    List<Options> list(Command command);

    record Command(TelegramUserId user) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }

    /**
     * One subscription: its plan (empty for trials), whether it can be renewed (a paid or granted
     * subscription, not revoked, whose plan exists, on sale or not),
     * the bigger plans on sale that cover its server, the traffic counted so far, its device limit (0 = none) and
     * whether auto-renewal is on, and the traffic packs its plan sells for the current term (only while it is
     * active or cut for its quota, and has a quota).
     */
    record Options(SubscriptionId subscription, SubscriptionKind kind, SubscriptionStatus status, Optional<PlanId> plan,
                   boolean renewable, List<PlanId> upgrades, DataSize trafficUsed, int deviceLimit, boolean autoRenew,
                   List<TrafficPack> trafficPacks) {
        public Options {
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(plan, "plan");
            upgrades = List.copyOf(upgrades);
            Objects.requireNonNull(trafficUsed, "trafficUsed");
            trafficPacks = List.copyOf(trafficPacks);
        }

        public Options(SubscriptionId subscription, SubscriptionKind kind, SubscriptionStatus status, Optional<PlanId> plan,
                       boolean renewable, List<PlanId> upgrades, DataSize trafficUsed, int deviceLimit, boolean autoRenew) {
            this(subscription, kind, status, plan, renewable, upgrades, trafficUsed, deviceLimit, autoRenew, List.of());
        }
    }
}
