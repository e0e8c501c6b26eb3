package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase;
import dev.tollgate.application.port.in.StaffMoveSubscriptionUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.UsageRecords;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.application.service.staff.StaffMoveSubscriptionService;
import dev.tollgate.application.service.subscription.MoveSubscriptionService;
import java.time.Clock;

/** Locations: moving a subscription to another server of its plan, by its owner or by an admin. */
public final class LocationsModule extends AbstractModule {

    private final Clock clock;

    public LocationsModule(Clock clock) {
        this.clock = clock;
    }

    @Provides
    @Singleton
    StaffMoveSubscriptionUseCase staffMoveSubscription(AdminDirectory staff, SubscriptionRepository subscriptions,
            MoveSubscriptionUseCase moves, AuditLog audit, TransactionRunner transactions) {
        return new StaffMoveSubscriptionService(staff, subscriptions, moves, audit, transactions, clock);
    }

    @Provides
    @Singleton
    MoveSubscriptionUseCase moveSubscription(SubscriptionRepository subscriptions, PlanRepository plans,
            ServerCatalog servers, ServerGroups groups, PanelGateways gateways, SubscriptionProvisioner provisioner,
            UsageRecords usage, TransactionRunner transactions, CustomerNotices notices) {
        return new MoveSubscriptionService(subscriptions, plans, servers, groups, gateways, provisioner, usage,
                transactions, notices, clock);
    }
}
