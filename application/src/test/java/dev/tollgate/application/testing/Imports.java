package dev.tollgate.application.testing;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryAuditLog;
import dev.tollgate.application.fakes.InMemoryCustomerRepository;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.InMemoryUnclaimedSubscriptions;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.port.in.ImportClientsUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.application.service.imports.ClaimSubscriptionService;
import dev.tollgate.application.service.imports.ImportClientsService;
import dev.tollgate.application.service.imports.ListUnclaimedService;
import dev.tollgate.application.service.provisioning.PreviewImportService;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.staff.StaffRole;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** The import and claim use cases over in-memory stores and the given servers, with one owner and one admin. */
public final class Imports {

    public static final TelegramUserId OWNER = new TelegramUserId(700);
    public static final TelegramUserId ADMIN = new TelegramUserId(701);

    public final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    public final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    public final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    public final InMemoryUnclaimedSubscriptions unclaimed = new InMemoryUnclaimedSubscriptions();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    public final AdminDirectory staff = new AdminDirectory() {
        @Override
        public boolean isAdmin(TelegramUserId user) {
            return user.equals(OWNER) || user.equals(ADMIN);
        }

        @Override
        public Set<TelegramUserId> admins() {
            return Set.of(OWNER, ADMIN);
        }

        @Override
        public Optional<StaffRole> roleOf(TelegramUserId user) {
            return user.equals(OWNER) ? Optional.of(StaffRole.OWNER)
                    : user.equals(ADMIN) ? Optional.of(StaffRole.ADMIN) : Optional.empty();
        }
    };
    public final FixedServers servers;
    public final SubscriptionProvisioner provisioner;
    public final ImportClientsService importer;
    public final ClaimSubscriptionService claims;
    public final ListUnclaimedService listUnclaimed;

    public Imports(FixedServers servers) {
        this.servers = servers;
        this.provisioner = new SubscriptionProvisioner(subscriptions, servers, servers, transactions, new ShareLinks(), clock);
        this.importer = new ImportClientsService(staff, servers, servers,
                new PreviewImportService(servers, servers, subscriptions, customers), subscriptions, customers, unclaimed,
                transactions, audit, clock);
        this.claims = new ClaimSubscriptionService(unclaimed, subscriptions, customers, servers, provisioner, transactions,
                clock);
        this.listUnclaimed = new ListUnclaimedService(staff, unclaimed);
    }

    /** Runs the import (or its dry run) as the owner and expects it to be done. */
    public ImportClientsUseCase.Imported run(ServerId server, boolean dryRun) {
        ImportClientsUseCase.Result result = importer.importClients(new ImportClientsUseCase.Command(OWNER, server, dryRun));
        if (!(result instanceof ImportClientsUseCase.Imported imported)) {
            throw new AssertionError("import refused: " + result);
        }
        return imported;
    }
}
