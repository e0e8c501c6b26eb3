package dev.tollgate.application.service.common;

import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.server.ServerRoom;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where new subscriptions of a plan may go: the servers the plan grants (directly or through its groups, in
 * configuration order), how full each is (live subscriptions counted in the store against {@code maxClients}), and
 * the least-loaded one with room ({@link ServerRoom#leastLoaded}). Orders are placed on a server while it has room;
 * a purchase is settled there only under the server's placement lock
 * ({@link SubscriptionRepository#lockPlacement}), so payments arriving at once never take more than its last slots,
 * and one that finds it full goes back to the wallet. Nothing already sold is ever moved or refused because of a limit;
 * staff grants and moves may go over it.
 */
public final class ServerPlacement {

    private final ServerCatalog servers;
    private final ServerGroups groups;
    private final SubscriptionRepository subscriptions;

    public ServerPlacement(ServerCatalog servers, ServerGroups groups, SubscriptionRepository subscriptions) {
        this.servers = servers;
        this.groups = groups;
        this.subscriptions = subscriptions;
    }

    /** The servers the plan grants, in configuration order, full or not. */
    public List<ServerSettings> granted(Plan plan) {
        return servers.all().stream().filter(s -> plan.grants(s.id(), groups.groupsOf(s.id()))).toList();
    }

    /** The servers the plan grants that take a new subscription now, in configuration order. */
    public List<ServerSettings> withRoom(Plan plan) {
        Map<ServerId, Long> live = subscriptions.countLiveByServer();
        return granted(plan).stream().filter(s -> room(s, live).hasRoom()).toList();
    }

    /** The least-loaded server of the plan with room; empty when every one is full or closed for sales. */
    public Optional<ServerId> best(Plan plan) {
        return leastLoaded(granted(plan), subscriptions);
    }

    /**
     * The least-loaded of all servers that take a new subscription now (any plan), e.g. for a trial whose server is
     * full; empty when every one is full or closed for sales.
     */
    public static Optional<ServerId> leastLoadedOfAll(ServerCatalog servers, SubscriptionRepository subscriptions) {
        return leastLoaded(servers.all(), subscriptions);
    }

    private static Optional<ServerId> leastLoaded(List<ServerSettings> candidates, SubscriptionRepository subscriptions) {
        Map<ServerId, Long> live = subscriptions.countLiveByServer();
        return ServerRoom.leastLoaded(candidates.stream().map(s -> room(s, live)).toList());
    }

    /** Whether the server exists and takes one more subscription now. */
    public boolean hasRoom(ServerId server) {
        return hasRoom(servers, subscriptions, server);
    }

    /** Whether the server exists and takes one more subscription now (no plan or group needed). */
    public static boolean hasRoom(ServerCatalog servers, SubscriptionRepository subscriptions, ServerId server) {
        return servers.find(server).map(s -> room(s, subscriptions.countLiveByServer()).hasRoom()).orElse(false);
    }

    /**
     * The other servers an all-locations purchase of the plan is also placed on, besides {@code primary}: those with
     * room whose clients take the primary server's credential ({@link #sameCredential}).
     */
    public List<ServerId> alsoOn(Plan plan, ServerId primary) {
        Optional<ServerSettings> first = servers.find(primary);
        if (!plan.allLocations() || first.isEmpty()) {
            return List.of();
        }
        return withRoom(plan).stream().filter(s -> !s.id().equals(primary) && sameCredential(first.get(), s))
                .map(ServerSettings::id).toList();
    }

    /** Whether a credential issued for one server works on the other: the same protocol (and Shadowsocks method). */
    public static boolean sameCredential(ServerSettings one, ServerSettings other) {
        return one.protocol() == other.protocol() && (one.protocol() != dev.tollgate.domain.server.Protocol.SHADOWSOCKS_2022
                || java.util.Objects.equals(one.endpoint().linkParameters().get("method"),
                        other.endpoint().linkParameters().get("method")));
    }

    private static ServerRoom room(ServerSettings server, Map<ServerId, Long> live) {
        return new ServerRoom(server.id(), server.maxClients(), server.salesOpen(), live.getOrDefault(server.id(), 0L));
    }
}
