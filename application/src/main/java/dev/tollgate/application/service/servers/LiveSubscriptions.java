package dev.tollgate.application.service.servers;

import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Subscriptions that still hold a place on a server: waiting for their client, active, or paused at their quota. */
final class LiveSubscriptions {

    static final Set<SubscriptionStatus> LIVE = Set.of(SubscriptionStatus.PENDING_ACTIVATION, SubscriptionStatus.ACTIVE,
            SubscriptionStatus.LIMITED);

    private LiveSubscriptions() {
    }

    static Map<ServerId, Integer> perServer(SubscriptionRepository subscriptions) {
        Map<ServerId, Integer> counts = new HashMap<>();
        for (Subscription subscription : subscriptions.findByStatus(LIVE)) {
            counts.merge(subscription.server(), 1, Integer::sum);
        }
        return counts;
    }

    static int on(SubscriptionRepository subscriptions, ServerId server) {
        return perServer(subscriptions).getOrDefault(server, 0);
    }
}
