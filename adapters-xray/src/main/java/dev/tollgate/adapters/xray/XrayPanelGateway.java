package dev.tollgate.adapters.xray;

import dev.tollgate.adapters.xray.proto.proxyman.AlterInboundRequest;
import dev.tollgate.adapters.xray.proto.serial.TypedMessage;
import dev.tollgate.adapters.xray.proto.stats.GetAllOnlineUsersRequest;
import dev.tollgate.adapters.xray.proto.stats.QueryStatsRequest;
import dev.tollgate.adapters.xray.proto.stats.QueryStatsResponse;
import dev.tollgate.adapters.xray.proto.stats.Stat;
import dev.tollgate.adapters.xray.proto.stats.SysStatsRequest;
import dev.tollgate.adapters.xray.proto.stats.SysStatsResponse;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.PanelProtocolException;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.domain.shared.DataSize;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One inbound of a bare Xray or V2Ray core, driven over its gRPC API (HandlerService and StatsService).
 *
 * <p>A bare core keeps API-added users in memory only and knows nothing of quotas or expiry: our database is the
 * source of truth, a disabled client is simply removed from the core, and {@link #health()} tells the application
 * once when the core restarted so that it re-applies the active clients.
 */
final class XrayPanelGateway implements PanelGateway {

    private static final Logger LOG = LoggerFactory.getLogger(XrayPanelGateway.class);
    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final String USER_PREFIX = "user>>>";
    private static final String UPLINK = ">>>traffic>>>uplink";
    private static final String DOWNLINK = ">>>traffic>>>downlink";

    private final ServerSettings server;
    private final CoreFlavour flavour;
    private final CoreMethods methods;
    private final CoreAccounts accounts;
    private final CoreCalls calls;
    private final LongSupplier nanoTime;
    private final Object healthLock = new Object();
    private boolean seenCore;
    private long lastUptimeSeconds;
    private long lastLatestBootNanos;
    private long lastConnectionsLost;

    XrayPanelGateway(ServerSettings server, ManagedChannel channel, CallPolicy policy, LongSupplier nanoTime) {
        this.server = server;
        this.flavour = CoreFlavour.ofKind(server.kind());
        if (!CoreAccounts.supports(flavour, server.protocol())) {
            throw new IllegalArgumentException("server " + server.id() + ": a " + flavour.kind()
                    + " core cannot hold " + server.protocol() + " users");
        }
        this.methods = CoreMethods.of(flavour);
        this.accounts = new CoreAccounts(flavour);
        this.calls = new CoreCalls("core-" + server.id().value(), channel, policy);
        this.nanoTime = nanoTime;
    }

    @Override
    public Set<PanelCapability> capabilities() {
        // Not PERSISTENT_CLIENTS (users live in core memory), not ENFORCES_LIMITS (no quotas or expiry in the core),
        // not SUBSCRIPTION_URL (no web server). Only Xray can list online users.
        // Only Xray reports the IPs a user is online from (V2Ray 4.34 has no online statistics at all).
        // Only Xray lists its inbounds (v25.6.7+; an older one answers UNIMPLEMENTED, see inbounds()).
        return flavour == CoreFlavour.XRAY ? EnumSet.of(PanelCapability.ONLINE_CLIENTS, PanelCapability.LISTS_USAGE,
                PanelCapability.ONLINE_DEVICES, PanelCapability.LISTS_INBOUNDS) : EnumSet.of(PanelCapability.LISTS_USAGE);
    }

    /**
     * The core's inbound handlers (ListInbounds), so an admin picks the tag instead of typing it. An Xray older than
     * v25.6.7 has no such call: it lists none, and the tag is typed as before.
     */
    @Override
    public java.util.List<dev.tollgate.application.port.out.PanelInbound> inbounds() {
        if (flavour != CoreFlavour.XRAY) {
            throw new UnsupportedOperationException("V2Ray cores do not list their inbounds");
        }
        try {
            return CoreInbounds.of(calls.call(methods.listInbounds,
                    dev.tollgate.adapters.xray.proto.proxyman.ListInboundsRequest.getDefaultInstance()));
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == io.grpc.Status.Code.UNIMPLEMENTED) {
                LOG.info("Core of server {} does not list its inbounds (Xray before v25.6.7): the tag is typed", server.id());
                return java.util.List.of();
            }
            throw CoreErrors.translate("ListInbounds", e);
        }
    }

    /** Adds the user; when the core already holds that email it is replaced, so its secret matches ours. */
    @Override
    public void createClient(PanelClient client) {
        ensurePresent(client);
    }

    /**
     * A bare core has nothing to update: quota and expiry are enforced by the application, not by the core, and the
     * account (email and secret) never changes. So an update only makes the core agree with the enabled flag.
     * A missing client is therefore restored rather than reported: the core cannot tell "missing" from "forgotten
     * at restart".
     */
    @Override
    public void updateClient(PanelClient client) {
        if (client.enabled()) {
            ensurePresent(client);
        } else {
            ensureAbsent(client);
        }
    }

    @Override
    public void enableClient(PanelClient client) {
        ensurePresent(client);
    }

    /** Removes the user from the core; our database keeps the record, so enabling adds it again. */
    @Override
    public void disableClient(PanelClient client) {
        ensureAbsent(client);
    }

    @Override
    public void deleteClient(PanelClient client) {
        ensureAbsent(client);
    }

    @Override
    public TrafficUsage usage(PanelClient client) {
        return queryTraffic(client, false);
    }

    /**
     * One QueryStats by the pattern {@code user>>>} (a substring match, so every user counter of the core comes back,
     * whatever inbound the user is on); names are {@code user>>>EMAIL>>>traffic>>>uplink|downlink}.
     */
    @Override
    public java.util.Map<String, TrafficUsage> usageOfAll() {
        QueryStatsResponse response;
        try {
            response = calls.call(methods.queryStats, QueryStatsRequest.newBuilder().setPattern(USER_PREFIX).build());
        } catch (StatusRuntimeException e) {
            throw CoreErrors.translate("Reading all users' traffic on " + where(), e);
        }
        java.util.Map<String, long[]> counters = new java.util.HashMap<>();
        for (Stat stat : response.getStatList()) {
            String name = stat.getName();
            if (!name.startsWith(USER_PREFIX)) {
                continue;
            }
            boolean up = name.endsWith(UPLINK);
            if (!up && !name.endsWith(DOWNLINK)) {
                continue;
            }
            String email = name.substring(USER_PREFIX.length(), name.length() - (up ? UPLINK : DOWNLINK).length());
            long[] pair = counters.computeIfAbsent(email.toLowerCase(java.util.Locale.ROOT), k -> new long[2]);
            pair[up ? 0 : 1] += bytes(stat);
        }
        java.util.Map<String, TrafficUsage> usage = new java.util.HashMap<>(counters.size() * 2);
        counters.forEach((email, pair) -> usage.put(email,
                new TrafficUsage(DataSize.ofBytes(pair[0]), DataSize.ofBytes(pair[1]))));
        return usage;
    }

    @Override
    public void resetTraffic(PanelClient client) {
        queryTraffic(client, true);
    }

    @Override
    public PanelHealth health() {
        try {
            long before = nanoTime.getAsLong();
            SysStatsResponse stats = calls.call(methods.getSysStats, SysStatsRequest.getDefaultInstance());
            long after = nanoTime.getAsLong();
            long uptime = Integer.toUnsignedLong(stats.getUptime());
            boolean restarted = noteUptime(uptime, before, after);
            if (restarted) {
                LOG.info("Core of server {} restarted or answers on a new connection (uptime now {}s); its API-added users "
                        + "are applied again", server.id(), uptime);
            }
            return new PanelHealth(true, "", restarted, flavour.kind() + " core, uptime " + uptime + "s");
        } catch (StatusRuntimeException e) {
            return PanelHealth.down(CoreErrors.translate("GetSysStats", e).getMessage());
        } catch (RuntimeException e) {
            return PanelHealth.down("GetSysStats failed: " + e);
        }
    }

    @Override
    public Set<String> onlineClients() {
        if (flavour != CoreFlavour.XRAY) {
            throw new UnsupportedOperationException("V2Ray cores do not report online users");
        }
        try {
            Set<String> emails = new LinkedHashSet<>();
            for (String name : calls.call(methods.getAllOnlineUsers, GetAllOnlineUsersRequest.getDefaultInstance())
                    .getUsersList()) {
                emails.add(emailOf(name));
            }
            return Set.copyOf(emails);
        } catch (StatusRuntimeException e) {
            throw CoreErrors.translate("GetAllOnlineUsers", e);
        }
    }

    /**
     * The distinct IPs of the user's online map (GetStatsOnlineIpList, Xray v25.2.18+, filled only when the level's
     * policy has statsUserOnline); NOT_FOUND means no map, i.e. nobody online under that email.
     */
    @Override
    public int devicesOnline(PanelClient client) {
        if (flavour != CoreFlavour.XRAY) {
            throw new UnsupportedOperationException("V2Ray cores do not report online devices");
        }
        try {
            return calls.call(methods.getStatsOnlineIpList, dev.tollgate.adapters.xray.proto.stats.GetStatsRequest
                    .newBuilder().setName("user>>>" + client.email() + ">>>online").build()).getIpsCount();
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == io.grpc.Status.Code.NOT_FOUND) {
                return 0;
            }
            throw CoreErrors.translate("GetStatsOnlineIpList", e);
        }
    }

    @Override
    public void close() {
        calls.close();
    }

    /**
     * Whether the core restarted since the previous check. Uptime going backwards proves it; so does a boot time
     * that moved forward: from our side the boot lies in {@code (before - uptime - 1s, after - uptime]} (uptime is
     * whole seconds), and a new earliest boot later than the previous latest boot is a different process, even when
     * the new uptime has already grown past the old one between two checks. Neither tells a process restarted
     * within a second or two of the previous one's start; the lost connection does ({@link CoreCalls#connectionsLost}):
     * a core that answers on a new connection may have restarted, and re-applying its users costs nothing wrong.
     */
    private boolean noteUptime(long uptimeSeconds, long beforeNanos, long afterNanos) {
        long earliestBoot = beforeNanos - (uptimeSeconds + 1) * NANOS_PER_SECOND;
        long latestBoot = afterNanos - uptimeSeconds * NANOS_PER_SECOND;
        long lost = calls.connectionsLost();
        synchronized (healthLock) {
            boolean restarted = seenCore && (uptimeSeconds < lastUptimeSeconds
                    || earliestBoot - lastLatestBootNanos > 0 || lost != lastConnectionsLost);
            seenCore = true;
            lastUptimeSeconds = uptimeSeconds;
            lastLatestBootNanos = latestBoot;
            lastConnectionsLost = lost;
            return restarted;
        }
    }

    private void ensurePresent(PanelClient client) {
        requireServerProtocol(client);
        if (addUser(client)) {
            return;
        }
        // The core already holds this email, maybe with an older secret; we cannot read it back (V2Ray has no
        // GetInboundUsers), so replace it. A second "already exists" means a concurrent add won, which is fine.
        ensureAbsent(client);
        addUser(client);
    }

    private boolean addUser(PanelClient client) {
        try {
            alterInbound(accounts.addUser(client));
            return true;
        } catch (StatusRuntimeException e) {
            if (CoreErrors.isUserAlreadyThere(e, client.email())) {
                return false;
            }
            throw CoreErrors.translate("Adding user " + client.email() + " to " + where(), e);
        }
    }

    private void ensureAbsent(PanelClient client) {
        try {
            alterInbound(accounts.removeUser(client.email()));
        } catch (StatusRuntimeException e) {
            if (!CoreErrors.isUserMissing(e, client.email())) {
                throw CoreErrors.translate("Removing user " + client.email() + " from " + where(), e);
            }
        }
    }

    private void alterInbound(TypedMessage operation) {
        calls.call(methods.alterInbound, AlterInboundRequest.newBuilder()
                .setTag(server.connection().inbound())
                .setOperation(operation)
                .build());
    }

    private TrafficUsage queryTraffic(PanelClient client, boolean reset) {
        String prefix = "user>>>" + client.email() + ">>>traffic>>>";
        QueryStatsResponse response;
        try {
            // The pattern is a substring match, so only exact counter names are taken from the answer.
            response = calls.call(methods.queryStats,
                    QueryStatsRequest.newBuilder().setPattern(prefix).setReset(reset).build());
        } catch (StatusRuntimeException e) {
            throw CoreErrors.translate("Reading traffic of " + client.email() + " on " + where(), e);
        }
        long uplink = 0;
        long downlink = 0;
        for (Stat stat : response.getStatList()) {
            if (stat.getName().equals(prefix + "uplink")) {
                uplink = bytes(stat);
            } else if (stat.getName().equals(prefix + "downlink")) {
                downlink = bytes(stat);
            }
        }
        return new TrafficUsage(DataSize.ofBytes(uplink), DataSize.ofBytes(downlink));
    }

    private long bytes(Stat stat) {
        if (stat.getValue() < 0) {
            throw new PanelProtocolException("core of " + where() + " reported a negative counter "
                    + stat.getName() + " = " + stat.getValue());
        }
        return stat.getValue();
    }

    private void requireServerProtocol(PanelClient client) {
        if (client.protocol() != server.protocol()) {
            throw new IllegalArgumentException("client " + client.email() + " is " + client.protocol()
                    + " but inbound " + where() + " serves " + server.protocol());
        }
    }

    /** Xray names online users by their online map, {@code user>>>EMAIL>>>online}; bare emails are taken as-is. */
    private static String emailOf(String name) {
        String prefix = "user>>>";
        String suffix = ">>>online";
        if (name.startsWith(prefix) && name.endsWith(suffix) && name.length() > prefix.length() + suffix.length()) {
            return name.substring(prefix.length(), name.length() - suffix.length());
        }
        return name;
    }

    private String where() {
        return server.id() + "/" + server.connection().inbound();
    }

    @Override
    public String toString() {
        return "XrayPanelGateway[" + flavour.kind() + " " + where() + "]";
    }
}
