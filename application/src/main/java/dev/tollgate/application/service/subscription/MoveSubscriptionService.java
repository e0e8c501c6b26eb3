package dev.tollgate.application.service.subscription;

import dev.tollgate.application.port.in.ListLocationsUseCase.Location;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.UsageRecords;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.common.ServerPlacement;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionMove;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Moves subscriptions between the servers of their plan in stored phases (see {@link SubscriptionMove}): the new
 * client first, then the switch, then the old client's removal. Each panel call is idempotent and each phase is
 * written once its panel call succeeded, so a crash or a panel that does not answer leaves a move that
 * {@link #resume()} finishes, and the user always has a working client on the subscription's server. Traffic the
 * old server counted after the last usage sync is not carried (at most one sync interval's worth).
 */
public final class MoveSubscriptionService implements MoveSubscriptionUseCase {

    private static final System.Logger LOG = System.getLogger(MoveSubscriptionService.class.getName());

    private final SubscriptionRepository subscriptions;
    private final PlanRepository plans;
    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final SubscriptionProvisioner provisioner;
    private final UsageRecords usage;
    private final TransactionRunner transactions;
    private final ServerPlacement placement;
    private final CustomerNotices notices;
    private final Clock clock;

    public MoveSubscriptionService(SubscriptionRepository subscriptions, PlanRepository plans, ServerCatalog servers,
                                   ServerGroups groups, PanelGateways gateways, SubscriptionProvisioner provisioner,
                                   UsageRecords usage, TransactionRunner transactions, CustomerNotices notices,
                                   Clock clock) {
        this.notices = notices;
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.servers = servers;
        this.gateways = gateways;
        this.provisioner = provisioner;
        this.usage = usage;
        this.transactions = transactions;
        this.placement = new ServerPlacement(servers, groups, subscriptions);
        this.clock = clock;
    }

    @Override
    public List<Location> targets(Targets query) {
        Optional<Subscription> found = owned(query.user(), query.subscription()).filter(this::movable);
        Optional<Plan> plan = found.flatMap(s -> s.plan()).flatMap(plans::findById);
        Optional<ServerSettings> current = found.flatMap(s -> servers.find(s.server()));
        if (plan.isEmpty() || current.isEmpty()) {
            return List.of();
        }
        return placement.withRoom(plan.get()).stream()
                .filter(s -> !s.id().equals(current.get().id()) && fits(current.get(), s))
                .map(s -> new Location(s.id(), s.displayName())).toList();
    }

    @Override
    public Result move(Command command) {
        Optional<Subscription> found = owned(command.user(), command.subscription());
        if (found.isEmpty()) {
            return new Refused(Reason.UNKNOWN_SUBSCRIPTION);
        }
        Subscription subscription = found.get();
        SubscriptionMove move = subscription.move();
        if (move.underWay()) {
            // A second tap while the first one's move is still going carries it on; another target waits its turn.
            boolean same = move.target().map(command.target()::equals).orElse(subscription.server().equals(command.target()));
            return same ? advance(subscription) : new Refused(Reason.ALREADY_MOVING);
        }
        if (subscription.server().equals(command.target())) {
            return movable(subscription) ? moved(subscription) : new Refused(Reason.NOT_MOVABLE);
        }
        if (!movable(subscription)) {
            return new Refused(Reason.NOT_MOVABLE);
        }
        Optional<Plan> plan = subscription.plan().flatMap(plans::findById);
        Optional<ServerSettings> current = servers.find(subscription.server());
        Optional<ServerSettings> target = plan.flatMap(p -> placement.granted(p).stream()
                .filter(s -> s.id().equals(command.target())).findFirst());
        if (target.isEmpty() || current.isEmpty() || !fits(current.get(), target.get())) {
            return new Refused(Reason.NOT_A_LOCATION);
        }
        if (!placement.hasRoom(command.target())) {
            return new Refused(Reason.LOCATION_FULL);
        }
        try {
            Subscription started = transactions.inTransaction(() -> {
                Subscription fresh = subscriptions.findById(subscription.id()).orElseThrow();
                if (!fresh.move().underWay() && movable(fresh)) {
                    SubscriptionMove.start(fresh, command.target());
                    subscriptions.update(fresh);
                }
                return subscriptions.findById(subscription.id()).orElseThrow();
            });
            if (!started.move().target().filter(command.target()::equals).isPresent()) {
                return started.server().equals(command.target()) ? advance(started) : new Refused(Reason.ALREADY_MOVING);
            }
            LOG.log(Level.DEBUG, "moving subscription {0} from {1} to {2}", subscription.id(), subscription.server(),
                    command.target());
            return advance(started);
        } catch (ConcurrentUpdateException raced) {
            return new Underway();
        }
    }

    @Override
    public int resume() {
        int finished = 0;
        for (Subscription subscription : subscriptions.findMoving()) {
            try {
                boolean switchPending = subscription.move().target().isPresent();
                Result result = advance(subscription);
                if (result instanceof Moved moved && switchPending) {
                    // The user was told "under way" when they asked: now they learn it is done, with the new link.
                    notices.send(subscription.owner(), new Notice.SubscriptionMoved(moved.access()));
                }
                if (result instanceof Moved && !stored(subscription).move().underWay()) {
                    finished++;
                }
            } catch (ConcurrentUpdateException raced) {
                LOG.log(Level.DEBUG, "the move of {0} changed meanwhile; the next run carries it on", subscription.id());
            }
        }
        return finished;
    }

    /** Takes the move one phase further for as long as the panels answer. */
    private Result advance(Subscription subscription) {
        Subscription current = subscription;
        if (current.move().target().isPresent()) {
            Optional<Subscription> switched = createOnTarget(current);
            if (switched.isEmpty()) {
                return stored(current).move().underWay() ? new Underway() : new Refused(Reason.NOT_MOVABLE);
            }
            current = switched.get();
        }
        Optional<ServerId> old = current.move().leftBehind();
        if (old.isPresent()) {
            removeOld(current, old.get());
        }
        return moved(stored(current));
    }

    /** Phase one: the client on the target, then the switch; empty while the target does not answer or it was given up. */
    private Optional<Subscription> createOnTarget(Subscription subscription) {
        ServerId target = subscription.move().target().orElseThrow();
        Optional<ServerSettings> settings = servers.find(target);
        boolean live = subscription.status() == SubscriptionStatus.ACTIVE || subscription.status() == SubscriptionStatus.LIMITED;
        if (settings.isEmpty() || !live) {
            // Revoked or expired meanwhile, or the target left the configuration: give the move up, keep the server.
            if (settings.isPresent()) {
                deleteQuietly(target, subscription, "given-up move");
            }
            end(subscription, SubscriptionMove.NONE);
            return Optional.empty();
        }
        Subscription after = subscription.copy();
        SubscriptionMove.switchOver(after);
        try {
            gateways.forServer(target).createClient(provisioner.clientFor(after, clock.instant()));
        } catch (PanelException e) {
            LOG.log(Level.WARNING, "moving {0}: {1} did not take the client yet, trying again later: {2}",
                    subscription.id(), target, e.getMessage());
            return Optional.empty();
        }
        ServerId from = subscription.server();
        Subscription switched = transactions.inTransaction(() -> {
            Subscription fresh = subscriptions.findById(subscription.id()).orElseThrow();
            if (fresh.move().target().filter(target::equals).isPresent()) {
                SubscriptionMove.switchOver(fresh);
                usage.forget(fresh.id(), from);
                subscriptions.update(fresh);
            }
            return subscriptions.findById(subscription.id()).orElseThrow();
        });
        try {
            // The quota after carrying the traffic used, as stored at the switch.
            gateways.forServer(switched.server()).createClient(provisioner.clientFor(switched, clock.instant()));
        } catch (PanelException e) {
            LOG.log(Level.WARNING, "moved {0} to {1}; its limits there are brought in line later: {2}",
                    switched.id(), switched.server(), e.getMessage());
        }
        return Optional.of(switched);
    }

    /** Phase two: the old client goes; while the old panel does not answer, the move stays open for {@link #resume()}. */
    private void removeOld(Subscription subscription, ServerId old) {
        if (servers.find(old).isPresent()) {
            try {
                gateways.forServer(old).deleteClient(provisioner.clientFor(subscription, clock.instant()));
            } catch (PanelException e) {
                LOG.log(Level.WARNING, "moved {0}; its old client on {1} is removed later: {2}", subscription.id(), old,
                        e.getMessage());
                return;
            }
        }
        end(subscription, SubscriptionMove.NONE);
        LOG.log(Level.INFO, "subscription {0} moved from {1} to {2}", subscription.id(), old, subscription.server());
    }

    private void end(Subscription subscription, SubscriptionMove next) {
        transactions.run(() -> {
            Subscription fresh = subscriptions.findById(subscription.id()).orElseThrow();
            if (fresh.move().equals(subscription.move())) {
                SubscriptionMove.restore(fresh, next);
                subscriptions.update(fresh);
            }
        });
    }

    private void deleteQuietly(ServerId server, Subscription subscription, String what) {
        try {
            gateways.forServer(server).deleteClient(provisioner.clientFor(subscription, clock.instant()));
        } catch (PanelException e) {
            LOG.log(Level.WARNING, "could not remove the client of {0} ({1}) on {2}: {3}", subscription.id(), what,
                    server, e.getMessage());
        }
    }

    private Result moved(Subscription subscription) {
        Optional<ServerSettings> server = servers.find(subscription.server());
        return server.<Result>map(s -> new Moved(provisioner.accessFor(subscription, s))).orElseGet(Underway::new);
    }

    private Subscription stored(Subscription subscription) {
        return subscriptions.findById(subscription.id()).orElseThrow();
    }

    private Optional<Subscription> owned(dev.tollgate.domain.customer.TelegramUserId user,
                                         dev.tollgate.domain.subscription.SubscriptionId id) {
        return subscriptions.findById(id).filter(s -> s.owner().equals(user));
    }

    private boolean movable(Subscription subscription) {
        // An all-locations subscription is everywhere already.
        return subscription.kind() != SubscriptionKind.TRIAL && subscription.plan().isPresent()
                && subscriptions.serversOf(subscription).size() == 1
                && (subscription.status() == SubscriptionStatus.ACTIVE || subscription.status() == SubscriptionStatus.LIMITED);
    }

    /** The credential was issued for the current server's protocol; it fits a server of the same one (and method). */
    private static boolean fits(ServerSettings current, ServerSettings target) {
        return ServerPlacement.sameCredential(current, target);
    }
}
