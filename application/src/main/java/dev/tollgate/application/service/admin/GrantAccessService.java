package dev.tollgate.application.service.admin;

import dev.tollgate.application.port.in.GrantAccessUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.model.Delivery;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.common.AdminGuard;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates a GRANT subscription under a plan's terms and provisions it; a panel that is down leaves it pending for
 * the activation job, which tells the user when it is ready.
 */
public final class GrantAccessService implements GrantAccessUseCase {

    private final AdminDirectory admins;
    private final PlanRepository plans;
    private final SubscriptionRepository subscriptions;
    private final ServerCatalog servers;
    private final ServerGroups groups;
    private final TransactionRunner transactions;
    private final SubscriptionProvisioner provisioner;
    private final CustomerNotices notices;
    private final Clock clock;

    public GrantAccessService(AdminDirectory admins, PlanRepository plans, SubscriptionRepository subscriptions,
                              ServerCatalog servers, ServerGroups groups, TransactionRunner transactions,
                              SubscriptionProvisioner provisioner, CustomerNotices notices, Clock clock) {
        this.admins = admins;
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.servers = servers;
        this.groups = groups;
        this.transactions = transactions;
        this.provisioner = provisioner;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public Result grant(Command command) {
        if (!AdminGuard.allows(admins, command.admin(), "grant " + command.plan() + " to " + command.user())) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        Optional<Plan> plan = plans.findById(command.plan());
        if (plan.isEmpty()) {
            return new Refused(Reason.UNKNOWN_PLAN);
        }
        // Staff may grant on a full server (they chose to); without a choice the least-loaded one with room is used.
        dev.tollgate.application.service.common.ServerPlacement placement =
                new dev.tollgate.application.service.common.ServerPlacement(servers, groups, subscriptions);
        Optional<ServerSettings> server = command.server() == null
                ? placement.best(plan.get()).flatMap(servers::find)
                        .or(() -> servers.all().stream().filter(s -> plan.get().grants(s.id(), groups.groupsOf(s.id()))).findFirst())
                : servers.find(command.server());
        if (server.isEmpty()) {
            return new Refused(Reason.NO_SERVER_AVAILABLE);
        }
        if (!plan.get().grants(server.get().id(), groups.groupsOf(server.get().id()))) {
            return new Refused(Reason.SERVER_NOT_IN_PLAN);
        }
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        Subscription granted = Subscription.createForPlan(id, command.user(), SubscriptionKind.GRANT,
                server.get().id(), server.get().issueCredential(command.user(), id),
                plan.get().terms(), clock.instant());
        transactions.run(() -> {
            subscriptions.insert(granted);
            subscriptions.placeAlsoOn(id, placement.alsoOn(plan.get(), server.get().id()));
        });
        Optional<AccessDetails> access = provisioner.provision(granted);
        access.ifPresent(details -> notices.send(command.user(), new Notice.AccessGranted(details)));
        return new Granted(id, access.map(Delivery::delivered).orElse(Delivery.pending()));
    }
}
