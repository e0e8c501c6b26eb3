package dev.tollgate.application.service.feed;

import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.FeedTokenVersions;
import dev.tollgate.application.port.out.FeedTokens;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.application.port.out.UsageRecords;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds a user's feed from their active subscriptions on every configured server, whatever its panel type. */
public final class SubscriptionFeedService implements SubscriptionFeedUseCase {

    private final SubscriptionRepository subscriptions;
    private final ServerCatalog servers;
    private final FeedTokens tokens;
    private final ShareLinks shareLinks;
    private final String publicBaseUrl;
    private final Optional<CustomerRepository> customers;
    private final Optional<PlanRepository> plans;
    private final Optional<UsageRecords> usage;
    private final Optional<FeedTokenVersions> versions;

    /** {@code publicBaseUrl} is where the shop's HTTP endpoint is reachable from the internet; empty if it is not. */
    public SubscriptionFeedService(SubscriptionRepository subscriptions, ServerCatalog servers, FeedTokens tokens,
                                   ShareLinks shareLinks, String publicBaseUrl) {
        this(subscriptions, servers, tokens, shareLinks, publicBaseUrl, null, null);
    }

    /** With customers (for the user's language) and plans (for the plan names the subscription page shows). */
    public SubscriptionFeedService(SubscriptionRepository subscriptions, ServerCatalog servers, FeedTokens tokens,
                                   ShareLinks shareLinks, String publicBaseUrl, CustomerRepository customers,
                                   PlanRepository plans) {
        this(subscriptions, servers, tokens, shareLinks, publicBaseUrl, customers, plans, null);
    }

    /** With the synced usage records, which split each subscription's traffic into upload and download. */
    public SubscriptionFeedService(SubscriptionRepository subscriptions, ServerCatalog servers, FeedTokens tokens,
                                   ShareLinks shareLinks, String publicBaseUrl, CustomerRepository customers,
                                   PlanRepository plans, UsageRecords usage) {
        this(subscriptions, servers, tokens, shareLinks, publicBaseUrl, customers, plans, usage, null);
    }

    /** With the users' token versions, so a link reset makes every older URL of the user unusable. */
    public SubscriptionFeedService(SubscriptionRepository subscriptions, ServerCatalog servers, FeedTokens tokens,
                                   ShareLinks shareLinks, String publicBaseUrl, CustomerRepository customers,
                                   PlanRepository plans, UsageRecords usage, FeedTokenVersions versions) {
        this.versions = Optional.ofNullable(versions);
        this.usage = Optional.ofNullable(usage);
        this.subscriptions = subscriptions;
        this.servers = servers;
        this.tokens = tokens;
        this.shareLinks = shareLinks;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        this.customers = Optional.ofNullable(customers);
        this.plans = Optional.ofNullable(plans);
    }


    @Override
    public Optional<Feed> feed(String token) {
        return current(token).map(this::feedOf);
    }

    @Override
    public boolean accepts(String token) {
        return current(token).isPresent();
    }

    private Optional<TelegramUserId> current(String token) {
        return tokens.read(token)
                .filter(claim -> claim.version() == versions.map(v -> v.current(claim.user())).orElse(0))
                .map(FeedTokens.Claim::user);
    }

    @Override
    public Optional<String> urlFor(TelegramUserId user) {
        int version = versions.map(v -> v.current(user)).orElse(0);
        return publicBaseUrl.isBlank() ? Optional.empty()
                : Optional.of(publicBaseUrl + "/sub/" + tokens.tokenFor(user, version));
    }

    private Feed feedOf(TelegramUserId owner) {
        List<Entry> entries = new ArrayList<>();
        List<Access> accesses = new ArrayList<>();
        DataSize total = DataSize.ZERO;
        DataSize used = DataSize.ZERO;
        DataSize uploaded = DataSize.ZERO;
        boolean unlimited = false;
        int active = 0;
        List<Instant> expiries = new ArrayList<>();
        List<Subscription> owned = subscriptions.findByOwner(owner);
        java.util.Map<dev.tollgate.domain.subscription.SubscriptionId, TrafficUsage> synced = usage
                .map(records -> records.totals(owned.stream().map(Subscription::id).toList()))
                .orElse(java.util.Map.of());
        for (Subscription subscription : owned) {
            Optional<ServerSettings> server = servers.find(subscription.server());
            if (server.isEmpty()) {
                continue;
            }
            accesses.add(new Access(server.get().displayName(), subscription.kind(), subscription.status(),
                    subscription.plan().map(id -> plans.flatMap(p -> p.findById(id)).map(Plan::name).orElse(id.value())),
                    subscription.expiresAt(), subscription.trafficUsed(), subscription.quota()));
            if (subscription.status() != SubscriptionStatus.ACTIVE) {
                continue;
            }
            active++;
            // One entry per server it is on: all-locations plans list every location, same credential.
            for (dev.tollgate.domain.server.ServerId on : subscriptions.serversOf(subscription)) {
                Optional<ServerSettings> place = on.equals(subscription.server()) ? server : servers.find(on);
                if (place.isEmpty()) {
                    continue;
                }
                String name = ShareLinks.remark(place.get(), subscription.credential());
                entries.add(new Entry(name, place.get().protocol(), place.get().endpoint().host(), place.get().endpoint().port(),
                        subscription.credential().secret(), place.get().endpoint().linkParameters(),
                        shareLinks.linkFor(place.get(), subscription.credential(), name)));
            }
            unlimited |= subscription.quota().isZero();
            total = total.plus(subscription.quota());
            used = used.plus(subscription.trafficUsed());
            // The stored total is what limits and the bot use; the synced record only tells how much was sent.
            TrafficUsage split = synced.get(subscription.id());
            if (split != null) {
                uploaded = uploaded.plus(split.uplink().compareTo(subscription.trafficUsed()) > 0
                        ? subscription.trafficUsed() : split.uplink());
            }
            subscription.expiresAt().ifPresent(expiries::add);
        }
        Instant common = !expiries.isEmpty() && expiries.size() == active && expiries.stream().distinct().count() == 1
                ? expiries.get(0) : null;
        Instant soonest = expiries.stream().min(Instant::compareTo).orElse(null);
        Language language = customers.flatMap(c -> c.findById(owner)).map(Customer::language).orElse(Language.EN);
        return new Feed(owner, entries, unlimited ? DataSize.ZERO : total, common, used, soonest, language, accesses,
                uploaded);
    }
}
