package dev.tollgate.application.service;

import dev.tollgate.application.port.in.AccessDetails;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.TrialClaims;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.trial.TrialHistory;
import dev.tollgate.domain.trial.TrialPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores the trial and its claim in one transaction (the claim's unique key stops a second trial even when two
 * presses race), then provisions it after commit; a panel that is down leaves the trial pending for the retry job.
 */
public final class ClaimTrialService implements ClaimTrialUseCase {

    private final TrialPolicy policy;
    private final TrialClaims claims;
    private final SubscriptionRepository subscriptions;
    private final ServerCatalog servers;
    private final TransactionRunner transactions;
    private final SubscriptionProvisioner provisioner;
    private final Clock clock;

    public ClaimTrialService(TrialPolicy policy, TrialClaims claims, SubscriptionRepository subscriptions,
                             ServerCatalog servers, TransactionRunner transactions,
                             SubscriptionProvisioner provisioner, Clock clock) {
        this.policy = policy;
        this.claims = claims;
        this.subscriptions = subscriptions;
        this.servers = servers;
        this.transactions = transactions;
        this.provisioner = provisioner;
        this.clock = clock;
    }

    @Override
    public Result claim(Command command) {
        TelegramUserId user = command.user();
        Optional<ServerSettings> server = servers.trialServer();
        if (server.isEmpty()) {
            return new Refused(Reason.NO_SERVER_AVAILABLE);
        }
        Result stored;
        try {
            stored = transactions.inTransaction(() -> store(user, server.get(), clock.instant()));
        } catch (DuplicateKeyException raced) {
            return new Refused(Reason.ALREADY_CLAIMED);
        }
        if (!(stored instanceof Pending pending)) {
            return stored;
        }
        Subscription subscription = subscriptions.findById(pending.subscription()).orElseThrow();
        Optional<AccessDetails> access = provisioner.provision(subscription);
        return access.<Result>map(Activated::new).orElse(pending);
    }

    private Result store(TelegramUserId user, ServerSettings server, Instant now) {
        TrialHistory history = new TrialHistory(claims.hasClaimed(user),
                subscriptions.existsForOwner(user, SubscriptionKind.PAID));
        Optional<TrialPolicy.Refusal> refusal = policy.check(history);
        if (refusal.isPresent()) {
            return new Refused(switch (refusal.get()) {
                case ALREADY_CLAIMED -> Reason.ALREADY_CLAIMED;
                case ALREADY_A_CUSTOMER -> Reason.ALREADY_A_CUSTOMER;
            });
        }
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        Subscription trial = Subscription.createPending(id, user, SubscriptionKind.TRIAL, server.id(),
                newCredential(user, id, server), policy.terms().duration(), policy.terms().traffic(), now);
        subscriptions.insert(trial);
        claims.record(user, id, now);
        return new Pending(id);
    }

    static ClientCredential newCredential(TelegramUserId user, SubscriptionId id, ServerSettings server) {
        String email = "tg" + user.value() + "-" + id.value().toString().substring(0, 8);
        String secret;
        if (server.protocol() == dev.tollgate.domain.server.Protocol.SHADOWSOCKS_2022) {
            // A Shadowsocks-2022 user key is the base64 of exactly the method's key size (16 bytes for aes-128, else
            // 32); anything else is refused by the cores or silently replaced by 3x-UI v3.1+, and the link never works.
            String method = server.endpoint().linkParameters().getOrDefault("method", "2022-blake3-aes-128-gcm");
            byte[] key = new byte[method.contains("aes-128") ? 16 : 32];
            RANDOM.nextBytes(key);
            secret = java.util.Base64.getEncoder().encodeToString(key);
        } else {
            secret = server.protocol().usesUuid()
                    ? UUID.randomUUID().toString()
                    : UUID.randomUUID().toString().replace("-", "");
        }
        return new ClientCredential(email, secret);
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
}
