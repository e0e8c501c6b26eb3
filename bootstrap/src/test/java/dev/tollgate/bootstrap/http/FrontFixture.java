package dev.tollgate.bootstrap.http;

import dev.tollgate.application.fakes.FixedFeedTokens;
import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryCustomerRepository;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.InMemoryPlanRepository;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.port.in.CheckReadinessUseCase;
import dev.tollgate.application.port.in.ReceiveWebhookUseCase;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.application.service.feed.SubscriptionFeedService;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A started HTTP front over the real feed service and in-memory stores; users are added per test. */
final class FrontFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");

    final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    final FixedServers servers = new FixedServers()
            .add(FixedServers.vlessServer("de-1"), new InMemoryPanelGateway())
            .add(FixedServers.vlessServer("nl-1"), new InMemoryPanelGateway());
    final PrometheusMeterRegistry registry = HttpModule.newRegistry();
    final dev.tollgate.application.fakes.InMemoryFeedTokenVersions versions =
            new dev.tollgate.application.fakes.InMemoryFeedTokenVersions();
    volatile boolean databaseUp = true;
    final HttpFront front;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    FrontFixture(HttpSettings settings, ReceiveWebhookUseCase... webhooks) {
        SubscriptionFeedService feeds = new SubscriptionFeedService(subscriptions, servers, new FixedFeedTokens(),
                new ShareLinks(), settings.publicUrl(), customers, new InMemoryPlanRepository(), null, versions);
        CheckReadinessUseCase readiness = () -> new CheckReadinessUseCase.Readiness(databaseUp,
                databaseUp ? "" : "connection refused", "off", Optional.empty());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        front = new HttpFront(settings, new FeedResponses(feeds, settings, clock, System::nanoTime), readiness,
                Set.of(webhooks), registry, ZoneId.of("Asia/Tehran"), clock);
        front.start();
    }

    static HttpSettings settings() {
        return new HttpSettings("127.0.0.1", 0, "", "Tollgate Shop", "https://t.me/support", 12, 0, Duration.ZERO,
                Duration.ofSeconds(15), 8, "");
    }

    String base() {
        return "http://127.0.0.1:" + front.boundPort();
    }

    /** An active subscription of {@code user} on {@code server}, {@code usedGib} of {@code quotaGib} used, ending in {@code days}. */
    Subscription active(long user, String server, int quotaGib, double usedGib, int days) {
        Subscription subscription = pending(user, server, quotaGib, days);
        subscription.activate(NOW.minus(Duration.ofDays(1)));
        subscription.recordUsage(DataSize.ofBytes((long) (usedGib * 1024 * 1024 * 1024)), NOW);
        subscriptions.update(subscription);
        return subscriptions.findById(subscription.id()).orElseThrow();
    }

    Subscription expired(long user, String server) {
        Subscription subscription = pending(user, server, 10, 1);
        subscription.activate(NOW.minus(Duration.ofDays(3)));
        subscription.expire(NOW);
        subscriptions.update(subscription);
        return subscription;
    }

    void speaks(long user, Language language) {
        customers.insert(Customer.firstContact(new TelegramUserId(user), language, NOW));
    }

    private Subscription pending(long user, String server, int quotaGib, int days) {
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        Subscription subscription = Subscription.createPending(id, new TelegramUserId(user), SubscriptionKind.PAID,
                new ServerId(server), new ClientCredential("tg" + user + "-" + id.value().toString().substring(0, 8),
                        UUID.randomUUID().toString()), Duration.ofDays(days), DataSize.ofGibibytes(quotaGib), NOW.minus(Duration.ofDays(1)));
        subscriptions.insert(subscription);
        return subscriptions.findById(id).orElseThrow();
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        front.stop();
    }
}
