package dev.tollgate.application.service.servers;

import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.server.ServerId;
import java.util.HashMap;
import java.util.Map;

/**
 * Subscriptions that still hold a place on a server (waiting for their client, active, or paused at their quota), as
 * placement counts them: a subscription of an all-locations plan counts on each of its servers, one being moved on
 * the server it is on.
 */
final class LiveSubscriptions {

    private LiveSubscriptions() {
    }

    static Map<ServerId, Integer> perServer(SubscriptionRepository subscriptions) {
        Map<ServerId, Integer> counts = new HashMap<>();
        subscriptions.countLiveByServer().forEach((server, count) -> counts.put(server, Math.toIntExact(count)));
        return counts;
    }

    /** Live subscriptions on the server, plus those moving to or from it (their client there is still needed). */
    static int on(SubscriptionRepository subscriptions, ServerId server) {
        long moving = subscriptions.findMoving().stream().filter(s -> !s.server().equals(server))
                .filter(s -> s.move().target().filter(server::equals).isPresent()
                        || s.move().leftBehind().filter(server::equals).isPresent()).count();
        return perServer(subscriptions).getOrDefault(server, 0) + Math.toIntExact(moving);
    }
}
