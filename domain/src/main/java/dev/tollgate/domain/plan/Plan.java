package dev.tollgate.domain.plan;

import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Something the shop sells: a term, a traffic quota and a device limit on some servers, priced per currency.
 * Plans are never deleted (orders refer to them); an admin deactivates them instead.
 */
public final class Plan {

    private final PlanId id;
    private String name;
    private PlanTerms terms;
    private Map<Currency, Money> prices;
    private Set<ServerId> servers;
    private Set<String> serverGroups;
    private boolean active;
    private boolean allLocations;
    private java.util.List<TrafficPack> trafficPacks = java.util.List.of();
    private final Instant createdAt;
    private final long version;

    private Plan(PlanId id, String name, PlanTerms terms, Map<Currency, Money> prices, Set<ServerId> servers,
                 Set<String> serverGroups, boolean active, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
        this.active = active;
        change(name, terms, prices, servers, serverGroups);
    }

    /** A new plan is active at once; it must grant at least one server or group and carry at least one price. */
    public static Plan create(PlanId id, String name, PlanTerms terms, Map<Currency, Money> prices,
                              Set<ServerId> servers, Set<String> serverGroups, Instant now) {
        return new Plan(id, name, terms, prices, servers, serverGroups, true, now, 0);
    }

    public static Plan rehydrate(PlanId id, String name, PlanTerms terms, Map<Currency, Money> prices,
                                 Set<ServerId> servers, Set<String> serverGroups, boolean active, Instant createdAt,
                                 long version) {
        return new Plan(id, name, terms, prices, servers, serverGroups, active, createdAt, version);
    }

    /** Replaces what the plan sells from now on; orders already placed keep the terms and price they were sold at. */
    public void change(String newName, PlanTerms newTerms, Map<Currency, Money> newPrices, Set<ServerId> newServers,
                       Set<String> newGroups) {
        Objects.requireNonNull(newName, "name");
        Objects.requireNonNull(newTerms, "terms");
        if (newName.isBlank()) {
            throw new IllegalArgumentException("a plan needs a name");
        }
        if (!newTerms.plan().equals(id)) {
            throw new IllegalArgumentException("terms of plan " + newTerms.plan() + " given to plan " + id);
        }
        Map<Currency, Money> copy = new EnumMap<>(Currency.class);
        newPrices.forEach((currency, price) -> {
            if (price.currency() != currency || price.isNegative()) {
                throw new IllegalArgumentException("price " + price + " listed under " + currency);
            }
            copy.put(currency, price);
        });
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one price");
        }
        if (newServers.isEmpty() && newGroups.isEmpty()) {
            throw new IllegalArgumentException("a plan must grant at least one server or server group");
        }
        this.name = newName;
        this.terms = newTerms;
        this.prices = Map.copyOf(copy);
        this.servers = Set.copyOf(new LinkedHashSet<>(newServers));
        this.serverGroups = Set.copyOf(newGroups);
    }

    /**
     * Whether one purchase grants access on every server of the plan (each with room, of the same protocol as the
     * first) instead of one: one subscription, one credential, a client on each server.
     */
    public boolean allLocations() {
        return allLocations;
    }

    /** Sets {@link #allLocations()}; returns this plan (for creation and rehydration). */
    public Plan withAllLocations(boolean everywhere) {
        allLocations = everywhere;
        return this;
    }

    /**
     * Replaces the traffic packs sold with the plan's subscriptions; each adds a different amount (that is how a pack
     * is named), and a plan with unlimited traffic sells none.
     */
    public void changeTrafficPacks(java.util.List<TrafficPack> packs) {
        java.util.List<TrafficPack> copy = java.util.List.copyOf(packs);
        if (!copy.isEmpty() && terms.unlimitedTraffic()) {
            throw new IllegalArgumentException("a plan with unlimited traffic sells no traffic packs");
        }
        if (copy.stream().map(TrafficPack::traffic).distinct().count() != copy.size()) {
            throw new IllegalArgumentException("two traffic packs of plan " + id + " add the same traffic");
        }
        this.trafficPacks = copy;
    }

    /** The traffic packs on sale with this plan, in the order they are offered; empty for unlimited traffic. */
    public java.util.List<TrafficPack> trafficPacks() {
        return terms.unlimitedTraffic() ? java.util.List.of() : trafficPacks;
    }

    /** The pack that adds exactly {@code traffic}, if the plan sells one. */
    public Optional<TrafficPack> trafficPack(dev.tollgate.domain.shared.DataSize traffic) {
        return trafficPacks().stream().filter(p -> p.traffic().equals(traffic)).findFirst();
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** The price in a currency, empty when the plan is not sold in it. */
    public Optional<Money> priceIn(Currency currency) {
        return Optional.ofNullable(prices.get(currency));
    }

    /** Whether a subscription on this server is covered by the plan, directly or through one of its groups. */
    public boolean grants(ServerId server, Set<String> groupsOfServer) {
        return servers.contains(server) || groupsOfServer.stream().anyMatch(serverGroups::contains);
    }

    /** Whether this plan gives strictly more than another: longer or equal term and more or equal traffic, not both equal. */
    public boolean isBiggerThan(Plan other) {
        boolean longer = terms.duration().compareTo(other.terms.duration()) >= 0;
        boolean moreTraffic = terms.unlimitedTraffic()
                || (!other.terms.unlimitedTraffic() && terms.traffic().compareTo(other.terms.traffic()) >= 0);
        boolean same = terms.duration().equals(other.terms.duration()) && terms.traffic().equals(other.terms.traffic());
        return longer && moreTraffic && !same;
    }

    public PlanId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PlanTerms terms() {
        return terms;
    }

    public Map<Currency, Money> prices() {
        return prices;
    }

    public Set<ServerId> servers() {
        return servers;
    }

    public Set<String> serverGroups() {
        return serverGroups;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
