package dev.tollgate.application.service;

import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.out.FeedTokens;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.customer.TelegramUserId;
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

    /** {@code publicBaseUrl} is where the shop's HTTP endpoint is reachable from the internet; empty if it is not. */
    public SubscriptionFeedService(SubscriptionRepository subscriptions, ServerCatalog servers, FeedTokens tokens,
                                   ShareLinks shareLinks, String publicBaseUrl) {
        this.subscriptions = subscriptions;
        this.servers = servers;
        this.tokens = tokens;
        this.shareLinks = shareLinks;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    @Override
    public Optional<Feed> feed(String token) {
        return tokens.verify(token).map(this::feedOf);
    }

    @Override
    public Optional<String> urlFor(TelegramUserId user) {
        return publicBaseUrl.isBlank() ? Optional.empty() : Optional.of(publicBaseUrl + "/sub/" + tokens.tokenFor(user));
    }

    private Feed feedOf(TelegramUserId owner) {
        List<Entry> entries = new ArrayList<>();
        DataSize total = DataSize.ZERO;
        boolean unlimited = false;
        List<Instant> expiries = new ArrayList<>();
        for (Subscription subscription : subscriptions.findByOwner(owner)) {
            if (subscription.status() != SubscriptionStatus.ACTIVE) {
                continue;
            }
            Optional<ServerSettings> server = servers.find(subscription.server());
            if (server.isEmpty()) {
                continue;
            }
            String name = ShareLinks.remark(server.get(), subscription.credential());
            entries.add(new Entry(name, server.get().protocol(), server.get().endpoint().host(), server.get().endpoint().port(),
                    subscription.credential().secret(), server.get().endpoint().linkParameters(),
                    shareLinks.linkFor(server.get(), subscription.credential(), name)));
            unlimited |= subscription.quota().isZero();
            total = total.plus(subscription.quota());
            subscription.expiresAt().ifPresent(expiries::add);
        }
        Instant common = !expiries.isEmpty() && expiries.size() == entries.size() && expiries.stream().distinct().count() == 1
                ? expiries.get(0) : null;
        return new Feed(owner, entries, unlimited ? DataSize.ZERO : total, common);
    }
}
