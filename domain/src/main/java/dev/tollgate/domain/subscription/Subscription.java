package dev.tollgate.domain.subscription;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's access to one server for a term and a traffic quota. The credential is issued once and survives
 * every renewal and upgrade. A zero quota means unlimited traffic; a zero device limit means no limit.
 */
public final class Subscription {

    private final SubscriptionId id;
    private final TelegramUserId owner;
    private final SubscriptionKind kind;
    // The package-private fields are changed by SubscriptionMove (server, quota, trafficUsed, move) and by Renewals
    // (the term, expiry, quota, usage, plan and status of renewals, upgrades, extensions and traffic packs).
    ServerId server;
    private ClientCredential credential;
    Duration term;
    DataSize quota;
    private final Instant createdAt;
    SubscriptionStatus status;
    private Instant activatedAt;
    Instant expiresAt;
    PlanId plan;
    DataSize trafficUsed;
    int deviceLimit;
    private final boolean startOnFirstUse;
    private boolean autoRenew;
    private Instant suspendedAt;
    private final long version;
    SubscriptionMove move = SubscriptionMove.NONE;

    private Subscription(SubscriptionId id, TelegramUserId owner, SubscriptionKind kind, ServerId server,
                         ClientCredential credential, Duration term, DataSize quota, Instant createdAt,
                         SubscriptionStatus status, Instant activatedAt, Instant expiresAt, PlanId plan,
                         DataSize trafficUsed, int deviceLimit, boolean startOnFirstUse, boolean autoRenew,
                         Instant suspendedAt, long version) {
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
        this.plan = plan;
        this.trafficUsed = Objects.requireNonNull(trafficUsed, "trafficUsed");
        this.deviceLimit = deviceLimit;
        this.startOnFirstUse = startOnFirstUse;
        this.autoRenew = autoRenew;
        this.suspendedAt = suspendedAt;
        this.version = version;
        if (term.isNegative() || term.isZero()) {
            throw new IllegalArgumentException("a subscription term must be positive: " + term);
        }
        if (deviceLimit < 0) {
            throw new IllegalArgumentException("a device limit cannot be negative: " + deviceLimit);
        }
    }

    /** A new subscription waits for its panel client; the term starts counting only at activation. */
    public static Subscription createPending(SubscriptionId id, TelegramUserId owner, SubscriptionKind kind,
                                             ServerId server, ClientCredential credential, Duration term,
                                             DataSize quota, Instant now) {
        return new Subscription(id, owner, kind, server, credential, term, quota, now,
                SubscriptionStatus.PENDING_ACTIVATION, null, null, null, DataSize.ZERO, 0, false, false, null, 0);
    }

    /** A subscription sold (PAID) or granted (GRANT) under a plan's terms; it waits for its panel client like any other. */
    public static Subscription createForPlan(SubscriptionId id, TelegramUserId owner, SubscriptionKind kind,
                                             ServerId server, ClientCredential credential, PlanTerms terms,
                                             Instant now) {
        if (kind == SubscriptionKind.TRIAL) {
            throw new IllegalArgumentException("trials are created from the trial terms, not a plan");
        }
        return new Subscription(id, owner, kind, server, credential, terms.duration(), terms.traffic(), now,
                SubscriptionStatus.PENDING_ACTIVATION, null, null, terms.plan(), DataSize.ZERO, terms.deviceLimit(),
                terms.startOnFirstUse(), false, null, 0);
    }

    /**
     * Rehydrates every field; persistence only. {@code plan} may be null for trials and old grants, {@code suspendedAt}
     * is null unless the subscription is SUSPENDED.
     */
    public static Subscription rehydrate(SubscriptionId id, TelegramUserId owner, SubscriptionKind kind,
                                         ServerId server, ClientCredential credential, Duration term,
                                         DataSize quota, Instant createdAt, SubscriptionStatus status,
                                         Instant activatedAt, Instant expiresAt, PlanId plan, DataSize trafficUsed,
                                         int deviceLimit, boolean startOnFirstUse, boolean autoRenew,
                                         Instant suspendedAt, long version) {
        return new Subscription(id, owner, kind, server, credential, term, quota, createdAt, status,
                activatedAt, expiresAt, plan, trafficUsed, deviceLimit, startOnFirstUse, autoRenew, suspendedAt, version);
    }

    /**
     * The panel confirmed the client: the term starts now, so time spent pending is never charged to the user; with
     * start-on-first-use the term waits further, until the first traffic is seen.
     */
    public void activate(Instant now) {
        status = status.moveTo(SubscriptionStatus.ACTIVE);
        activatedAt = now;
        expiresAt = startOnFirstUse ? null : now.plus(term);
    }

    /** Whether the term is still waiting for the first traffic (start-on-first-use, not yet used). */
    public boolean awaitingFirstUse() {
        return status == SubscriptionStatus.ACTIVE && expiresAt == null && startOnFirstUse;
    }

    /**
     * Records the traffic the panel counted since the last renewal; the first traffic starts a start-on-first-use
     * term, and a used-up quota moves an active subscription to LIMITED. Returns whether access must now be cut.
     */
    public boolean recordUsage(DataSize used, Instant now) {
        Objects.requireNonNull(used, "used");
        if (used.compareTo(trafficUsed) > 0) {
            trafficUsed = used;
        }
        if (awaitingFirstUse() && !trafficUsed.isZero()) {
            expiresAt = now.plus(term);
        }
        if (status == SubscriptionStatus.ACTIVE && quotaUsedUp()) {
            status = status.moveTo(SubscriptionStatus.LIMITED);
            return true;
        }
        return false;
    }

    /** Whether the traffic quota is used up (never for an unlimited quota). */
    public boolean quotaUsedUp() {
        return !quota.isZero() && trafficUsed.compareTo(quota) >= 0;
    }

    /** Whether the term is over at {@code now}. */
    public boolean isPastExpiry(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    /** Ends an active or limited subscription whose term is over; access must be cut on the panel. */
    public void expire(Instant now) {
        if (!isPastExpiry(now)) {
            throw new IllegalStateException("subscription " + id + " is not past its expiry at " + now);
        }
        status = status.moveTo(SubscriptionStatus.EXPIRED);
    }

    /**
     * Adds a plan's term and traffic under the plan's renewal policy, keeping the credential. With STACK days the new
     * term starts where the paid one ends (or now, if that is already over); with STACK traffic the unused quota is
     * carried over. The panel's traffic counter starts again from zero, so {@link #trafficUsed()} is reset.
     */
    public void renew(PlanTerms terms, Instant now) {
        Renewals.renew(this, terms, now);
    }

    /**
     * Moves to a bigger plan from {@code now}: a fresh term and quota of the new plan, the same credential. The unused
     * part of the old plan is credited in the price (see {@link Proration}), not in days.
     */
    public void upgrade(PlanTerms terms, Instant now) {
        Renewals.upgrade(this, terms, now);
    }

    /** What a renewal under {@code terms} at {@code now} would leave, without changing this subscription. */
    public Outlook afterRenewal(PlanTerms terms, Instant now) {
        Subscription copy = copy();
        copy.renew(terms, now);
        return copy.outlook();
    }

    /** What an upgrade to {@code terms} at {@code now} would leave, without changing this subscription. */
    public Outlook afterUpgrade(PlanTerms terms, Instant now) {
        Subscription copy = copy();
        copy.upgrade(terms, now);
        return copy.outlook();
    }

    /**
     * The expiry (empty while the term waits for activation or first use), the term and the quota a renewed or
     * upgraded subscription has (its traffic counter starts again from zero); a zero quota is unlimited.
     */
    public record Outlook(Optional<Instant> expiresAt, Duration term, DataSize quota) {
        public Outlook {
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(quota, "quota");
        }
    }

    private Outlook outlook() {
        return new Outlook(Optional.ofNullable(expiresAt), term, quota);
    }

    /** A detached copy with the same version and move, so a change can be tried on it before it is stored. */
    public Subscription copy() {
        return SubscriptionMove.restore(new Subscription(id, owner, kind, server, credential, term, quota, createdAt,
                status, activatedAt, expiresAt, plan, trafficUsed, deviceLimit, startOnFirstUse, autoRenew, suspendedAt, version),
                move);
    }

    /** An admin pauses an active or limited subscription ({@link Pause}); false when it is suspended already. */
    public boolean suspend(Instant now) {
        if (status != SubscriptionStatus.SUSPENDED) {
            Pause.requireSuspendable(this);
            status = status.moveTo(SubscriptionStatus.SUSPENDED);
            suspendedAt = Objects.requireNonNull(now, "now");
            return true;
        }
        return false;
    }

    /** Ends a suspension, moving the expiry on by the time suspended; false when it was not suspended. */
    public boolean resume(Instant now) {
        if (status == SubscriptionStatus.SUSPENDED) {
            expiresAt = Pause.movedOn(expiresAt, suspendedAt, now);
            suspendedAt = null;
            status = status.moveTo(quotaUsedUp() ? SubscriptionStatus.LIMITED : SubscriptionStatus.ACTIVE);
            return true;
        }
        return false;
    }

    /** Brings a suspended subscription's frozen expiry to now before it is renewed, upgraded or extended. */
    void catchUpSuspension(Instant now) {
        if (status == SubscriptionStatus.SUSPENDED && Pause.running(suspendedAt, now)) {
            expiresAt = Pause.movedOn(expiresAt, suspendedAt, now);
            suspendedAt = now;
        }
    }

    /** An admin zeroes the counted traffic: a subscription cut for its quota is active again (a suspended one stays). */
    public void resetTraffic() {
        Renewals.resetTraffic(this);
    }

    /** An admin adds time (and optionally traffic) without payment; the credential stays. */
    public void extend(Duration extraTime, DataSize extraTraffic, Instant now) {
        Renewals.extend(this, extraTime, extraTraffic, now);
    }

    /** A traffic pack: {@code extra} more quota this term; expiry and usage stay, a quota-cut subscription runs again. */
    public void addTraffic(DataSize extra, Instant now) {
        Renewals.addTraffic(this, extra, now);
    }

    /** What adding a traffic pack at {@code now} would leave, without changing this subscription. */
    public Outlook afterTrafficPack(DataSize extra, Instant now) {
        Subscription copy = copy();
        copy.addTraffic(extra, now);
        return copy.outlook();
    }

    void requireRenewable() {
        if (status == SubscriptionStatus.REVOKED) {
            throw new IllegalStateException("subscription " + id + " is revoked and cannot be renewed");
        }
    }

    /** "Reset my link": a new secret under the same email (the panels' key and traffic counter); the old one stops. */
    public void replaceCredential(ClientCredential fresh) {
        requireRenewable();
        if (!fresh.email().equals(credential.email()) || fresh.secret().equals(credential.secret())) {
            throw new IllegalArgumentException("a reset keeps the email " + credential.email() + " and needs a new secret");
        }
        credential = fresh;
    }

    /** Ends the access for good (admin revocation, refund, failed provisioning). */
    public void revoke() {
        status = status.moveTo(SubscriptionStatus.REVOKED);
    }

    /** Lets the user switch auto-renewal from the wallet on or off. */
    public void changeAutoRenew(boolean enabled) {
        autoRenew = enabled;
    }

    /** Traffic left before the quota is used up; empty for unlimited traffic. */
    public Optional<DataSize> remainingTraffic() {
        return quota.isZero() ? Optional.empty() : Optional.of(quota.minusOrZero(trafficUsed));
    }

    /** Time left of the paid term at {@code now}; the whole term while it waits for activation or first use. */
    public Duration remainingTime(Instant now) {
        if (expiresAt == null) {
            return status == SubscriptionStatus.REVOKED ? Duration.ZERO : term;
        }
        return expiresAt.isAfter(now) ? Duration.between(now, expiresAt) : Duration.ZERO;
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

    public Optional<PlanId> plan() {
        return Optional.ofNullable(plan);
    }

    public DataSize trafficUsed() {
        return trafficUsed;
    }

    public int deviceLimit() {
        return deviceLimit;
    }

    public boolean startOnFirstUse() {
        return startOnFirstUse;
    }

    public boolean autoRenew() {
        return autoRenew;
    }

    /** When an admin suspended it; empty unless it is SUSPENDED. */
    public Optional<Instant> suspendedAt() {
        return Optional.ofNullable(suspendedAt);
    }

    public long version() {
        return version;
    }

    public SubscriptionMove move() {
        return move;
    }
}
