package dev.tollgate.application.service.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedFeedTokens;
import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import dev.tollgate.application.fakes.InMemoryUsageRecords;
import dev.tollgate.application.port.out.TrafficUsage;
import org.junit.jupiter.api.Test;

class SubscriptionFeedServiceTest {

    private static final Instant NOW = Instant.parse("2026-07-01T00:00:00Z");
    private static final TelegramUserId ALICE = new TelegramUserId(31);

    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final ServerSettings trojanPanel = new ServerSettings(new ServerId("nl-1"), "3x-ui", "Netherlands", Protocol.TROJAN,
            new PanelConnection("https://panel/", "3", null, null, null, Map.of()),
            new PublicEndpoint("nl.example.com", 8443, Map.of("security", "tls", "sni", "nl.example.com")));
    private final FixedServers servers = new FixedServers()
            .add(FixedServers.vlessServer("de-1"), new InMemoryPanelGateway())
            .add(trojanPanel, new InMemoryPanelGateway());
    private final SubscriptionFeedService feeds = new SubscriptionFeedService(subscriptions, servers, new FixedFeedTokens(),
            new ShareLinks(), "https://shop.example.com/");

    @Test
    void feed_acrossServersAndPanelTypes_listsEveryActiveSubscriptionOnce() {
        active("de-1", DataSize.ofGibibytes(10), Duration.ofDays(30));
        active("nl-1", DataSize.ofGibibytes(20), Duration.ofDays(30));
        pending("de-1");

        SubscriptionFeedUseCase.Feed feed = feeds.feed("token-31").orElseThrow();

        assertThat(feed.entries()).extracting(SubscriptionFeedUseCase.Entry::shareLink)
                .anySatisfy(link -> assertThat(link).startsWith("vless://").contains("@de-1.example.com:443"))
                .anySatisfy(link -> assertThat(link).startsWith("trojan://").contains("@nl.example.com:8443"));
        assertThat(feed.entries()).hasSize(2);
        assertThat(feed.totalQuota()).isEqualTo(DataSize.ofGibibytes(30));
        assertThat(feed.expiry()).contains(NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void feed_whenExpiriesDiffer_reportsNoCommonExpiry() {
        active("de-1", DataSize.ofGibibytes(10), Duration.ofDays(30));
        active("nl-1", DataSize.ofGibibytes(10), Duration.ofDays(60));
        assertThat(feeds.feed("token-31").orElseThrow().expiry()).isEmpty();
    }

    @Test
    void feed_whenOneQuotaIsUnlimited_reportsAnUnlimitedTotal() {
        active("de-1", DataSize.ofGibibytes(10), Duration.ofDays(30));
        active("nl-1", DataSize.ZERO, Duration.ofDays(30));
        assertThat(feeds.feed("token-31").orElseThrow().totalQuota()).isEqualTo(DataSize.ZERO);
    }

    @Test
    void feed_withSeveralSubscriptions_reportsTheSoonestExpiryAndTheTrafficUsed() {
        active("de-1", DataSize.ofGibibytes(10), Duration.ofDays(30));
        Subscription later = pending("nl-1", DataSize.ofGibibytes(10), Duration.ofDays(60));
        later.activate(NOW);
        later.recordUsage(DataSize.ofGibibytes(3), NOW);
        subscriptions.update(later);

        SubscriptionFeedUseCase.Feed feed = feeds.feed("token-31").orElseThrow();

        assertThat(feed.firstExpiry()).contains(NOW.plus(Duration.ofDays(30)));
        assertThat(feed.used()).isEqualTo(DataSize.ofGibibytes(3));
        assertThat(feed.accesses()).hasSize(2);
        assertThat(feed.inactiveReason()).isEmpty();
    }

    @Test
    void feed_withSyncedUsage_splitsTheStoredTrafficIntoUploadAndDownload() {
        InMemoryUsageRecords usage = new InMemoryUsageRecords();
        SubscriptionFeedService withUsage = new SubscriptionFeedService(subscriptions, servers, new FixedFeedTokens(),
                new ShareLinks(), "https://shop.example.com/", null, null, usage);
        Subscription de = pending("de-1", DataSize.ofGibibytes(10), Duration.ofDays(30));
        de.activate(NOW);
        de.recordUsage(DataSize.ofBytes(1_000), NOW);
        subscriptions.update(de);
        Subscription nl = pending("nl-1", DataSize.ofGibibytes(10), Duration.ofDays(60));
        nl.activate(NOW);
        nl.recordUsage(DataSize.ofBytes(500), NOW);
        subscriptions.update(nl);
        usage.record(new ServerId("de-1"), Map.of(de.id(), new TrafficUsage(DataSize.ofBytes(100), DataSize.ofBytes(900))), NOW);

        SubscriptionFeedUseCase.Feed feed = withUsage.feed("token-31").orElseThrow();

        assertThat(feed.used()).isEqualTo(DataSize.ofBytes(1_500));
        assertThat(feed.uploaded()).as("nl-1 was never synced: all its traffic counts as download").isEqualTo(DataSize.ofBytes(100));
        assertThat(feed.downloaded()).isEqualTo(DataSize.ofBytes(1_400));
        assertThat(feed.firstExpiry()).as("the soonest real end, not 0").contains(NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void feed_ofAUserWhoseOnlySubscriptionExpired_hasNoEntriesAndSaysWhy() {
        Subscription subscription = pending("de-1", DataSize.ofGibibytes(10), Duration.ofDays(30));
        subscription.activate(NOW);
        subscription.expire(NOW.plus(Duration.ofDays(31)));
        subscriptions.update(subscription);

        SubscriptionFeedUseCase.Feed feed = feeds.feed("token-31").orElseThrow();

        assertThat(feed.entries()).isEmpty();
        assertThat(feed.inactiveReason()).contains(dev.tollgate.domain.subscription.SubscriptionStatus.EXPIRED);
        assertThat(feed.accesses()).singleElement().satisfies(access ->
                assertThat(access.status()).isEqualTo(dev.tollgate.domain.subscription.SubscriptionStatus.EXPIRED));
    }

    @Test
    void feed_withAForgedToken_isEmpty() {
        assertThat(feeds.feed("token-31x")).isEmpty();
        assertThat(feeds.feed("../etc/passwd")).isEmpty();
        assertThat(feeds.feed("")).isEmpty();
    }

    @Test
    void urlFor_usesThePublicBaseUrlWithoutADoubleSlash() {
        assertThat(feeds.urlFor(ALICE)).contains("https://shop.example.com/sub/token-31");
        assertThat(new SubscriptionFeedService(subscriptions, servers, new FixedFeedTokens(), new ShareLinks(), "").urlFor(ALICE)).isEmpty();
    }

    private void active(String server, DataSize quota, Duration term) {
        Subscription subscription = pending(server, quota, term);
        subscription.activate(NOW);
        subscriptions.update(subscription);
    }

    private void pending(String server) {
        pending(server, DataSize.ofGibibytes(1), Duration.ofDays(1));
    }

    private Subscription pending(String server, DataSize quota, Duration term) {
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        Subscription subscription = Subscription.createPending(id, ALICE, SubscriptionKind.PAID, new ServerId(server),
                new ClientCredential("tg31-" + id.value().toString().substring(0, 8), UUID.randomUUID().toString()), term, quota, NOW);
        subscriptions.insert(subscription);
        return subscriptions.findById(id).orElseThrow();
    }
}
