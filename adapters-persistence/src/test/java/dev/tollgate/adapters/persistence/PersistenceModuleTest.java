package dev.tollgate.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.tollgate.application.port.out.AutoRenewClaims;
import dev.tollgate.application.port.out.Conversations;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.DueReminders;
import dev.tollgate.application.port.out.JobRuns;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentCheckouts;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ProvisioningQueue;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.application.port.out.ReminderLog;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerRepository;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.TrialClaims;
import dev.tollgate.application.port.out.UpdateInbox;
import dev.tollgate.application.port.out.WalletLedger;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The module alone, under the strict binder: it provides every port it promises and needs nothing from outside. */
class PersistenceModuleTest {

    private static final List<Class<?>> PORTS = List.of(CustomerRepository.class, SubscriptionRepository.class,
            TrialClaims.class, PlanRepository.class, OrderRepository.class, PaymentRepository.class, WalletLedger.class,
            ProvisioningQueue.class, Referrals.class, DiscountCodes.class, ReminderLog.class, AutoRenewClaims.class,
            UpdateInbox.class, Conversations.class, PaymentCheckouts.class, JobRuns.class, TransactionRunner.class,
            DueReminders.class, ServerRepository.class, dev.tollgate.application.port.out.SealedSecrets.class,
            dev.tollgate.application.port.out.SettingsStore.class,
            DataSource.class,
            dev.tollgate.application.port.out.StaffRepository.class, dev.tollgate.application.port.out.AuditLog.class,
            dev.tollgate.application.port.out.CustomerSearch.class, dev.tollgate.application.port.out.PlanSeeds.class,
            dev.tollgate.application.port.out.Tickets.class, dev.tollgate.application.port.out.Broadcasts.class,
            dev.tollgate.application.port.out.BroadcastAudience.class, dev.tollgate.application.port.out.GrowthFigures.class);

    @Test
    void module_builtAloneUnderTheStrictBinder_providesEveryPortItPromises_withoutTouchingTheDatabase() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().requireAtInjectOnConstructors();
                binder().disableCircularProxies();
                install(new PersistenceModule("jdbc:h2:mem:never-opened", "sa", new Secret(""), 2,
                        new Secret("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")));
            }
        });

        for (Class<?> port : PORTS) {
            assertThat(injector.getInstance(port)).as(port.getSimpleName())
                    .satisfies(bound -> assertThat(bound.getClass().getPackageName()).startsWith("dev.tollgate.adapters.persistence"));
        }
        Set<LifecycleService> services = injector.getInstance(Key.get(new TypeLiteral<Set<LifecycleService>>() { }));
        assertThat(services).extracting(LifecycleService::name).contains("database");
    }
}
