package dev.tollgate.application.service.trial;

import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.TrialClaims;
import dev.tollgate.application.service.common.ServerPlacement;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
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

    private final java.util.function.Supplier<TrialPolicy> policy;
    private final TrialClaims claims;
    private final SubscriptionRepository subscriptions;
    private final ServerCatalog servers;
    private final TransactionRunner transactions;
    private final SubscriptionProvisioner provisioner;
    private final Clock clock;

    public ClaimTrialService(TrialPolicy policy, TrialClaims claims, SubscriptionRepository subscriptions,
                             ServerCatalog servers, TransactionRunner transactions,
                             SubscriptionProvisioner provisioner, Clock clock) {
        this(() -> policy, claims, subscriptions, servers, transactions, provisioner, clock);
    }

    /** Trials on the shop's terms as they are at each claim (admins change them in the bot). */
    public ClaimTrialService(dev.tollgate.application.port.out.ShopSettings settings, TrialClaims claims,
                             SubscriptionRepository subscriptions, ServerCatalog servers, TransactionRunner transactions,
                             SubscriptionProvisioner provisioner, Clock clock) {
        this(() -> new TrialPolicy(settings.current().trial()), claims, subscriptions, servers, transactions, provisioner,
                clock);
    }

    private ClaimTrialService(java.util.function.Supplier<TrialPolicy> policy, TrialClaims claims,
                              SubscriptionRepository subscriptions, ServerCatalog servers, TransactionRunner transactions,
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
        TrialPolicy policy = this.policy.get();
        Optional<TrialPolicy.Refusal> refusal = policy.check(history);
        if (refusal.isPresent()) {
            return new Refused(switch (refusal.get()) {
                case ALREADY_CLAIMED -> Reason.ALREADY_CLAIMED;
                case ALREADY_A_CUSTOMER -> Reason.ALREADY_A_CUSTOMER;
            });
        }
        Optional<ServerSettings> placed = place(server);
        if (placed.isEmpty()) {
            return new Refused(Reason.NO_SERVER_AVAILABLE);
        }
        server = placed.get();
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        Subscription trial = Subscription.createPending(id, user, SubscriptionKind.TRIAL, server.id(),
                server.issueCredential(user, id), policy.terms().duration(), policy.terms().traffic(), now);
        subscriptions.insert(trial);
        claims.record(user, id, now);
        return new Pending(id);
    }

    /**
     * A trial takes a slot like a purchase (counted under the server's placement lock, held until the claim
     * commits): the trial server while it has room; when it is full or closed for sales, the least-loaded server with
     * room, unless the owner named the trial server, whose limit then pauses trials.
     */
    private Optional<ServerSettings> place(ServerSettings trialServer) {
        subscriptions.lockPlacement(trialServer.id());
        if (ServerPlacement.hasRoom(servers, subscriptions, trialServer.id())) {
            return Optional.of(trialServer);
        }
        if (servers.trialServerNamed()) {
            return Optional.empty();
        }
        Optional<ServerId> other = ServerPlacement.leastLoadedOfAll(servers, subscriptions);
        if (other.isEmpty()) {
            return Optional.empty();
        }
        subscriptions.lockPlacement(other.get());
        return ServerPlacement.hasRoom(servers, subscriptions, other.get()) ? servers.find(other.get()) : Optional.empty();
    }


}
