package dev.tollgate.application.service.catalog;

import dev.tollgate.application.port.in.SavePlanUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.common.AdminGuard;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.server.ServerId;
import java.util.HashSet;
import java.util.Set;
import java.time.Clock;
import java.util.Optional;

/** Creates or changes a plan for an admin; invalid plans (no price, no server, bad terms) are refused with the reason. */
public final class SavePlanService implements SavePlanUseCase {

    private final AdminDirectory admins;
    private final PlanRepository plans;
    private final TransactionRunner transactions;
    private final Clock clock;

    private final ServerCatalog servers;
    private final ServerGroups groups;

    public SavePlanService(AdminDirectory admins, PlanRepository plans, TransactionRunner transactions, Clock clock) {
        this(admins, plans, null, null, transactions, clock);
    }

    /** With the servers and groups a plan may name checked against the shop's (null: not checked). */
    public SavePlanService(AdminDirectory admins, PlanRepository plans, ServerCatalog servers, ServerGroups groups,
                           TransactionRunner transactions, Clock clock) {
        this.admins = admins;
        this.plans = plans;
        this.servers = servers;
        this.groups = groups;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The first server or group of the command the shop does not know, if any. */
    private Optional<String> unknownPlace(Command command) {
        if (servers != null) {
            for (ServerId server : command.servers()) {
                if (servers.find(server).isEmpty()) {
                    return Optional.of("no server " + server.value());
                }
            }
        }
        if (servers != null && groups != null) {
            Set<String> known = new HashSet<>();
            for (ServerSettings server : servers.all()) {
                known.addAll(groups.groupsOf(server.id()));
            }
            for (String group : command.serverGroups()) {
                if (!known.contains(group)) {
                    return Optional.of("no server in group " + group);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Result save(Command command) {
        if (!AdminGuard.allows(admins, command.admin(), "save plan " + command.terms().plan())) {
            return new Refused(Reason.NOT_AN_ADMIN, null);
        }
        Optional<String> unknown = unknownPlace(command);
        if (unknown.isPresent()) {
            return new Refused(Reason.INVALID_PLAN, unknown.get());
        }
        try {
            return transactions.inTransaction(() -> {
                Optional<Plan> existing = plans.findById(command.terms().plan());
                if (command.createOnly() && existing.isPresent()) {
                    return new Refused(Reason.ID_TAKEN, command.terms().plan().value());
                }
                Plan plan = existing.orElse(null);
                if (plan == null) {
                    plan = Plan.create(command.terms().plan(), command.name(), command.terms(), command.prices(),
                            command.servers(), command.serverGroups(), clock.instant());
                } else {
                    plan.change(command.name(), command.terms(), command.prices(), command.servers(),
                            command.serverGroups());
                }
                if (command.position() != null) {
                    plan.placeAt(command.position());
                }
                if (command.trafficPacks() != null) {
                    plan.changeTrafficPacks(command.trafficPacks());
                }
                if (command.allLocations() != null) {
                    plan.withAllLocations(command.allLocations());
                }
                if (command.active()) {
                    plan.activate();
                } else {
                    plan.deactivate();
                }
                if (existing.isEmpty()) {
                    plans.insert(plan);
                } else {
                    plans.update(plan);
                }
                return new Saved(existing.isEmpty());
            });
        } catch (DuplicateKeyException taken) {
            // Another admin created a plan of the same id between the read and the insert.
            return new Refused(Reason.ID_TAKEN, command.terms().plan().value());
        } catch (IllegalArgumentException | NullPointerException invalid) {
            return new Refused(Reason.INVALID_PLAN, invalid.getMessage());
        }
    }
}
