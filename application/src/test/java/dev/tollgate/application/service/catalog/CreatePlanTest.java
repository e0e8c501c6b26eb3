package dev.tollgate.application.service.catalog;

import static dev.tollgate.application.testing.TestCore.ADMIN;
import static dev.tollgate.application.testing.TestCore.MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.in.SavePlanUseCase;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SavePlan's create-only commands: a new plan is made once; a taken id is refused and the plan there is untouched. */
class CreatePlanTest {

    private final TestCore f = new TestCore();
    private static final PlanId PRO = new PlanId("pro");

    private static SavePlanUseCase.Command create(TelegramUserId admin, PlanId id, String name, boolean active) {
        return SavePlanUseCase.Command.create(admin, name, new PlanTerms(id, Duration.ofDays(30), DataSize.ofGibibytes(100),
                        3, false, RenewalPolicy.STACK_BOTH), Map.of(Currency.XTR, Money.of(400, Currency.XTR)),
                Set.of(new ServerId("de-1")), Set.of(), active, null, true);
    }

    @Test
    void create_byAnAdmin_makesTheNewPlanOnceAndASecondCreateIsRefusedAsTaken() {
        assertThat(f.savePlan.save(create(ADMIN, PRO, "Pro", true))).isEqualTo(new SavePlanUseCase.Saved(true));
        assertThat(f.savePlan.save(create(ADMIN, PRO, "Pro again", false)))
                .isEqualTo(new SavePlanUseCase.Refused(SavePlanUseCase.Reason.ID_TAKEN, "pro"));

        Plan pro = f.plans.findById(PRO).orElseThrow();
        assertThat(pro.name()).isEqualTo("Pro");
        assertThat(pro.active()).isTrue();
        assertThat(pro.allLocations()).isTrue();
        assertThat(pro.position()).isZero();
        assertThat(pro.terms().deviceLimit()).isEqualTo(3);
        assertThat(f.plans.findActive()).extracting(Plan::id).contains(PRO);
    }

    @Test
    void create_withTheIdOfAConfiguredPlan_isRefusedAndLeavesThatPlanAsItWas() {
        Plan before = f.plans.findById(MONTH).orElseThrow();

        assertThat(f.savePlan.save(create(ADMIN, MONTH, "Hijack", false)))
                .isEqualTo(new SavePlanUseCase.Refused(SavePlanUseCase.Reason.ID_TAKEN, "month"));

        Plan after = f.plans.findById(MONTH).orElseThrow();
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.active()).isTrue();
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    void create_byAStranger_isRefusedAndCreatesNothing() {
        assertThat(f.savePlan.save(create(new TelegramUserId(4242), PRO, "Pro", true)))
                .isEqualTo(new SavePlanUseCase.Refused(SavePlanUseCase.Reason.NOT_AN_ADMIN, null));
        assertThat(f.plans.findById(PRO)).isEmpty();
    }

    @Test
    void create_thatLosesARaceForTheId_isRefusedAsTakenInsteadOfFailing() {
        // Another instance inserts the same id between this one's read and its insert.
        PlanRepository racing = new PlanRepository() {
            @Override
            public void insert(Plan plan) {
                f.plans.insert(Plan.create(plan.id(), "The other admin's", plan.terms(), plan.prices(), plan.servers(),
                        plan.serverGroups(), f.clock.instant()));
                f.plans.insert(plan);
            }

            @Override
            public void update(Plan plan) {
                f.plans.update(plan);
            }

            @Override
            public Optional<Plan> findById(PlanId id) {
                return f.plans.findById(id);
            }

            @Override
            public List<Plan> findActive() {
                return f.plans.findActive();
            }

            @Override
            public List<Plan> findAll() {
                return f.plans.findAll();
            }
        };
        SavePlanService service = new SavePlanService(f.admins, racing, f.servers, f.groups, f.transactions, f.clock);

        assertThat(service.save(create(ADMIN, PRO, "Pro", true)))
                .isEqualTo(new SavePlanUseCase.Refused(SavePlanUseCase.Reason.ID_TAKEN, "pro"));
        assertThat(f.plans.findById(PRO).orElseThrow().name()).isEqualTo("The other admin's");
    }
}
