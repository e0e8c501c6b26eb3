package dev.tollgate.application.service.ordering;

import dev.tollgate.application.port.in.ListRenewalsUseCase;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.TrafficPack;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.util.List;
import java.util.Optional;

/** Lists each subscription of a user with the renewal and the upgrades the shop would accept for it today. */
public final class ListRenewalsService implements ListRenewalsUseCase {

    private final SubscriptionRepository subscriptions;
    private final PlanRepository plans;
    private final ServerGroups groups;

    public ListRenewalsService(SubscriptionRepository subscriptions, PlanRepository plans, ServerGroups groups) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.groups = groups;
    }

    @Override
    public List<Options> list(Command command) {
        List<Plan> onSale = plans.findActive();
        return subscriptions.findByOwner(command.user()).stream().map(s -> options(s, onSale)).toList();
    }

    private Options options(Subscription subscription, List<Plan> onSale) {
        boolean changeable = subscription.kind() != SubscriptionKind.TRIAL
                && subscription.status() != SubscriptionStatus.REVOKED && subscription.plan().isPresent();
        // A plan taken off sale can still be renewed by those who hold it (PlaceOrderService prices it so).
        Optional<Plan> current = changeable ? plans.findById(subscription.plan().get()) : Optional.empty();
        boolean renewable = current.isPresent();
        List<PlanId> upgrades = current.map(plan -> onSale.stream()
                .filter(bigger -> bigger.isBiggerThan(plan))
                .filter(bigger -> bigger.grants(subscription.server(), groups.groupsOf(subscription.server())))
                .map(Plan::id).toList()).orElse(List.of());
        boolean takesPacks = !subscription.quota().isZero() && (subscription.status() == SubscriptionStatus.ACTIVE
                || subscription.status() == SubscriptionStatus.LIMITED);
        List<TrafficPack> packs = takesPacks ? current.map(Plan::trafficPacks).orElse(List.of()) : List.of();
        return new Options(subscription.id(), subscription.kind(), subscription.status(), subscription.plan(),
                renewable, upgrades, subscription.trafficUsed(), subscription.deviceLimit(), subscription.autoRenew(),
                packs);
    }
}
