package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelClientNotFoundException;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.PanelUnavailableException;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.domain.shared.DataSize;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A panel that stores clients in memory; {@link #goDown()} makes every call fail as an unreachable panel would. */
public final class InMemoryPanelGateway implements PanelGateway {

    private final Map<String, PanelClient> clients = new ConcurrentHashMap<>();
    private final Map<String, TrafficUsage> usage = new ConcurrentHashMap<>();
    private volatile boolean down;
    private volatile int createCalls;

    private volatile boolean restartedUnreported;
    /** Clients an admin made in the panel itself: listed without the shop's ownership mark. */
    private final Set<String> foreign = ConcurrentHashMap.newKeySet();
    private final Set<PanelCapability> capabilities;

    /** A panel that stores its clients (like 3x-UI and S-UI). */
    public InMemoryPanelGateway() {
        this(EnumSet.of(PanelCapability.PERSISTENT_CLIENTS, PanelCapability.ONLINE_CLIENTS, PanelCapability.LISTS_USAGE,
                PanelCapability.LISTS_CLIENTS, PanelCapability.READS_CLIENTS));
    }

    private InMemoryPanelGateway(Set<PanelCapability> capabilities) {
        this.capabilities = Set.copyOf(capabilities);
    }

    /** A bare core (like Xray or V2Ray) that keeps API-added clients only in memory. */
    public static InMemoryPanelGateway bareCore() {
        return new InMemoryPanelGateway(EnumSet.of(PanelCapability.ONLINE_CLIENTS, PanelCapability.LISTS_USAGE));
    }

    /** Behaves like a bare core restarting: every client is forgotten and the next health check reports it. */
    public void restartForgettingClients() {
        clients.clear();
        restartedUnreported = true;
    }

    private volatile boolean createsButTimesOut;

    /** Creates clients but answers as if the call timed out, as a slow panel does. */
    public void createButTimeOut(boolean enabled) {
        createsButTimesOut = enabled;
    }

    /** Plays an admin creating a client in the panel's own UI: it carries no ownership mark. */
    public void addForeign(PanelClient client) {
        createClient(client);
        foreign.add(key(client.email()));
    }

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    public Optional<PanelClient> client(String email) {
        return Optional.ofNullable(clients.get(key(email)));
    }

    public int clientCount() {
        return clients.size();
    }

    public int createCalls() {
        return createCalls;
    }

    public void addTraffic(String email, long up, long downBytes) {
        usage.merge(key(email), new TrafficUsage(DataSize.ofBytes(up), DataSize.ofBytes(downBytes)),
                (a, b) -> new TrafficUsage(a.uplink().plus(b.uplink()), a.downlink().plus(b.downlink())));
    }

    @Override
    public Set<PanelCapability> capabilities() {
        if (!devicesOnline.isEmpty()) {
            Set<PanelCapability> withDevices = EnumSet.copyOf(capabilities);
            withDevices.add(PanelCapability.ONLINE_DEVICES);
            return Set.copyOf(withDevices);
        }
        return capabilities;
    }

    private final Map<String, Integer> devicesOnline = new ConcurrentHashMap<>();

    /** Plays an Xray core with online statistics: the client is connected from {@code count} IPs now. */
    public void connectDevices(String email, int count) {
        devicesOnline.put(key(email), count);
    }

    @Override
    public int devicesOnline(PanelClient client) {
        checkUp();
        if (!capabilities().contains(PanelCapability.ONLINE_DEVICES)) {
            throw new UnsupportedOperationException("this panel does not report online devices");
        }
        return devicesOnline.getOrDefault(key(client.email()), 0);
    }

    @Override
    public void createClient(PanelClient client) {
        checkUp();
        createCalls++;
        clients.put(key(client.email()), client);
        if (createsButTimesOut) {
            throw new PanelUnavailableException("in-memory panel: deadline exceeded (the client was created anyway)");
        }
    }

    @Override
    public void updateClient(PanelClient client) {
        checkUp();
        if (!clients.containsKey(key(client.email()))) {
            throw new PanelClientNotFoundException("no client " + client.email());
        }
        clients.put(key(client.email()), client);
    }

    @Override
    public void enableClient(PanelClient client) {
        checkUp();
        clients.computeIfPresent(key(client.email()), (k, c) -> c.withEnabled(true));
    }

    @Override
    public void disableClient(PanelClient client) {
        checkUp();
        clients.computeIfPresent(key(client.email()), (k, c) -> c.withEnabled(false));
    }

    @Override
    public void deleteClient(PanelClient client) {
        checkUp();
        clients.remove(key(client.email()));
    }

    @Override
    public TrafficUsage usage(PanelClient client) {
        checkUp();
        return usage.getOrDefault(key(client.email()), TrafficUsage.NONE);
    }

    private volatile int usageListings;

    @Override
    public Map<String, TrafficUsage> usageOfAll() {
        checkUp();
        usageListings++;
        return Map.copyOf(usage);
    }

    @Override
    public java.util.List<dev.tollgate.application.port.out.ListedClient> listClients() {
        checkUp();
        if (!capabilities.contains(PanelCapability.LISTS_CLIENTS)) {
            throw new UnsupportedOperationException("a bare core does not list clients");
        }
        return clients.values().stream().map(c -> new dev.tollgate.application.port.out.ListedClient(c.email(), c.enabled(),
                c.quota(), c.delayedStart().isPresent() ? null : c.expiresAt(), c.delayedStart().isPresent(),
                c.deviceLimit(), foreign.contains(key(c.email())) ? "" : dev.tollgate.application.port.out.OwnershipMark.TEXT,
                c.owner().value())).toList();
    }

    @Override
    public java.util.Optional<dev.tollgate.application.port.out.PanelClientDetails> readClient(String email) {
        checkUp();
        if (!capabilities.contains(PanelCapability.READS_CLIENTS)) {
            throw new UnsupportedOperationException("a bare core does not read clients");
        }
        PanelClient c = clients.get(key(email));
        if (c == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new dev.tollgate.application.port.out.PanelClientDetails(c.email(), c.secret(),
                c.enabled(), c.quota(), c.delayedStart().isPresent() ? null : c.expiresAt(), c.startOnFirstUse(),
                c.deviceLimit(), c.owner().value(), "", usage.getOrDefault(key(email), TrafficUsage.NONE)));
    }

    /** Plays an admin editing the panel by hand: the stored client becomes what {@code edit} makes of it. */
    public void editBehindTheShopsBack(String email, java.util.function.UnaryOperator<PanelClient> edit) {
        clients.computeIfPresent(key(email), (k, c) -> edit.apply(c));
    }

    /** Plays an admin deleting a client in the panel. */
    public void deleteBehindTheShopsBack(String email) {
        clients.remove(key(email));
    }

    /** How many times {@link #usageOfAll()} was called. */
    public int usageListings() {
        return usageListings;
    }

    @Override
    public void resetTraffic(PanelClient client) {
        checkUp();
        usage.remove(key(client.email()));
    }

    @Override
    public PanelHealth health() {
        if (down) {
            return PanelHealth.down("in-memory panel is down");
        }
        boolean restarted = restartedUnreported;
        restartedUnreported = false;
        return PanelHealth.up("in-memory", restarted);
    }

    @Override
    public Set<String> onlineClients() {
        checkUp();
        return Set.of();
    }

    /** Whether a client with that email exists and is enabled. */
    public boolean grantsAccess(PanelClient client) {
        PanelClient stored = clients.get(key(client.email()));
        return stored != null && stored.enabled() && stored.secret().equals(client.secret());
    }

    private void checkUp() {
        if (down) {
            throw new PanelUnavailableException("in-memory panel is down");
        }
    }

    private static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
