package dev.tollgate.domain.subscription;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A customer's access to one server for a term and a traffic quota. */
public final class Subscription {

    private final SubscriptionId id;
    private final TelegramUserId owner;
    private final SubscriptionKind kind;
    private final ServerId server;
    private final ClientCredential credential;
    private final Duration term;
    private final DataSize quota;
    private final Instant createdAt;
    private SubscriptionStatus status;
    private Instant activatedAt;
    private Instant expiresAt;
    private final long version;

    private Subscription(SubscriptionId id, TelegramUserId owner, SubscriptionKind kind, ServerId server,
                         ClientCredential credential, Duration term, DataSize quota, Instant createdAt,
                         SubscriptionStatus status, Instant activatedAt, Instant expiresAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.server = Objects.requireNonNull(server, "server");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.term = Objects.requireNonNull(term, "term");
        this.quota = Objects.requireNonNull(quota, "quota");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.activatedAt = activatedAt;
        this.expiresAt = expiresAt;
        this.version = version;
        if (term.isNegative() || term.isZero()) {
            throw new IllegalArgumentException("a subscription term must be positive: " + term);
        }
    }

    /** A new subscription waits for its panel client; the term starts counting only at activation. */
    public static Subscription createPending(SubscriptionId id, TelegramUserId owner, SubscriptionKind kind,
                                             ServerId server, ClientCredential credential, Duration term,
                                             DataSize quota, Instant now) {
        return new Subscription(id, owner, kind, server, credential, term, quota, now,
                SubscriptionStatus.PENDING_ACTIVATION, null, null, 0);
    }

    public static Subscription rehydrate(SubscriptionId id, TelegramUserId owner, SubscriptionKind kind,
                                         ServerId server, ClientCredential credential, Duration term,
                                         DataSize quota, Instant createdAt, SubscriptionStatus status,
                                         Instant activatedAt, Instant expiresAt, long version) {
        return new Subscription(id, owner, kind, server, credential, term, quota, createdAt, status,
                activatedAt, expiresAt, version);
    }

    /** The panel confirmed the client: the term starts now, so time spent pending is never charged to the user. */
    public void activate(Instant now) {
        status = status.moveTo(SubscriptionStatus.ACTIVE);
        activatedAt = now;
        expiresAt = now.plus(term);
    }

    public void revoke() {
        status = status.moveTo(SubscriptionStatus.REVOKED);
    }

    public SubscriptionId id() {
        return id;
    }

    public TelegramUserId owner() {
        return owner;
    }

    public SubscriptionKind kind() {
        return kind;
    }

    public ServerId server() {
        return server;
    }

    public ClientCredential credential() {
        return credential;
    }

    public Duration term() {
        return term;
    }

    public DataSize quota() {
        return quota;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public SubscriptionStatus status() {
        return status;
    }

    public Optional<Instant> activatedAt() {
        return Optional.ofNullable(activatedAt);
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public long version() {
        return version;
    }
}
