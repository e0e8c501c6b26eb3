package dev.tollgate.application.service.imports;

import dev.tollgate.application.port.in.ClaimSubscriptionUseCase;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.UnclaimedSubscriptions;
import dev.tollgate.application.port.out.UnclaimedSubscriptions.Unclaimed;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Adoption;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns an unclaimed imported client into the claiming user's subscription, in one transaction with the one-time
 * mark on its code, so two users (or two taps) racing for one code give one subscription. Every attempt counts
 * towards {@link ClaimSubscriptionUseCase#ATTEMPTS_PER_HOUR}, right or wrong.
 */
public final class ClaimSubscriptionService implements ClaimSubscriptionUseCase {

    private static final System.Logger LOG = System.getLogger(ClaimSubscriptionService.class.getName());
    private static final Duration WINDOW = Duration.ofHours(1);

    private final UnclaimedSubscriptions unclaimed;
    private final SubscriptionRepository subscriptions;
    private final CustomerRepository customers;
    private final ServerCatalog servers;
    private final SubscriptionProvisioner provisioner;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ClaimSubscriptionService(UnclaimedSubscriptions unclaimed, SubscriptionRepository subscriptions,
                                    CustomerRepository customers, ServerCatalog servers,
                                    SubscriptionProvisioner provisioner, TransactionRunner transactions, Clock clock) {
        this.unclaimed = unclaimed;
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.servers = servers;
        this.provisioner = provisioner;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result claim(Command command) {
        Instant now = clock.instant();
        int attempts = transactions.inTransaction(() -> unclaimed.attemptsSince(command.user(), now.minus(WINDOW)));
        if (attempts >= ATTEMPTS_PER_HOUR) {
            LOG.log(Level.INFO, "user {0} made {1} claim attempts within an hour; refused until it has passed",
                    command.user(), attempts);
            return new Refused(Reason.TOO_MANY_ATTEMPTS);
        }
        transactions.run(() -> unclaimed.recordAttempt(command.user(), now));
        Optional<String> code = ClaimCodes.normalize(command.code());
        if (code.isEmpty()) {
            return new Refused(Reason.UNKNOWN_CODE);
        }
        Optional<Unclaimed> found = unclaimed.findByCode(code.get());
        if (found.isEmpty()) {
            return new Refused(Reason.UNKNOWN_CODE);
        }
        if (found.get().claimedBy().isPresent()) {
            return new Refused(Reason.ALREADY_CLAIMED);
        }
        Unclaimed client = found.get();
        Subscription subscription = Adoption.adopt(new SubscriptionId(UUID.randomUUID()), command.user(),
                client.server(), new ClientCredential(client.email(), client.secret()), client.quota(), client.used(),
                client.expiresAt(), client.delayedStart(), client.deviceLimit(), now);
        boolean claimed = transactions.inTransaction(() -> {
            if (!unclaimed.markClaimed(client.code(), command.user(), subscription.id(), now)) {
                return false;
            }
            if (customers.findById(command.user()).isEmpty()) {
                customers.insert(Customer.firstContact(command.user(), Language.EN, now));
            }
            subscriptions.insert(subscription);
            return true;
        });
        if (!claimed) {
            return new Refused(Reason.ALREADY_CLAIMED);
        }
        LOG.log(Level.INFO, "user {0} claimed imported client {1} on {2} as subscription {3}", command.user(),
                client.email(), client.server(), subscription.id());
        return new Claimed(provisioner.accessFor(subscription, servers.find(client.server()).orElseThrow()));
    }
}
