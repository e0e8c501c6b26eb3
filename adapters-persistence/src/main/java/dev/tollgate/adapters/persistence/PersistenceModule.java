package dev.tollgate.adapters.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.AutoRenewClaims;
import dev.tollgate.application.port.out.Conversations;
import dev.tollgate.application.port.out.PaymentCheckouts;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.CustomerSearch;
import dev.tollgate.application.port.out.DueReminders;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.JobRuns;
import dev.tollgate.application.port.out.PanelStatuses;
import dev.tollgate.application.port.out.UsageRecords;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.PlanSeeds;
import dev.tollgate.application.port.out.ProvisioningQueue;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.application.port.out.ReminderLog;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerRepository;
import dev.tollgate.application.port.out.StaffRepository;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.Tickets;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.TrialClaims;
import dev.tollgate.application.port.out.UpdateInbox;
import dev.tollgate.application.port.out.WalletLedger;
import java.sql.Connection;
import javax.sql.DataSource;
import java.sql.SQLException;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/** jOOQ repositories on H2 or PostgreSQL; the pool opens and the schema migrates when the lifecycle starts. */
public final class PersistenceModule extends AbstractModule {

    private final String jdbcUrl;
    private final String user;
    private final Secret password;
    private final int maxPoolSize;
    private final Secret secretKey;

    /** {@code secretKey} is the base64 AES-256 key that encrypts panel passwords and tokens at rest. */
    public PersistenceModule(String jdbcUrl, String user, Secret password, int maxPoolSize, Secret secretKey) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.maxPoolSize = maxPoolSize;
        this.secretKey = secretKey;
        Database.dialectOf(jdbcUrl);
        new SecretCipher(secretKey);
    }

    @Override
    protected void configure() {
        bind(dev.tollgate.application.port.out.SettingsStore.class).to(JooqSettingsStore.class);
        bind(JooqSettingsStore.class).in(Singleton.class);
        bind(CustomerRepository.class).to(JooqCustomerRepository.class);
        bind(JooqCustomerRepository.class).in(Singleton.class);
        bind(SubscriptionRepository.class).to(JooqSubscriptionRepository.class);
        bind(JooqSubscriptionRepository.class).in(Singleton.class);
        bind(TrialClaims.class).to(JooqTrialClaims.class);
        bind(JooqTrialClaims.class).in(Singleton.class);
        bind(PlanRepository.class).to(JooqPlanRepository.class);
        bind(JooqPlanRepository.class).in(Singleton.class);
        bind(OrderRepository.class).to(JooqOrderRepository.class);
        bind(JooqOrderRepository.class).in(Singleton.class);
        bind(PaymentRepository.class).to(JooqPaymentRepository.class);
        bind(JooqPaymentRepository.class).in(Singleton.class);
        bind(WalletLedger.class).to(JooqWalletLedger.class);
        bind(JooqWalletLedger.class).in(Singleton.class);
        bind(ProvisioningQueue.class).to(JooqProvisioningQueue.class);
        bind(JooqProvisioningQueue.class).in(Singleton.class);
        bind(Referrals.class).to(JooqReferrals.class);
        bind(JooqReferrals.class).in(Singleton.class);
        bind(DiscountCodes.class).to(JooqDiscountCodes.class);
        bind(JooqDiscountCodes.class).in(Singleton.class);
        bind(ReminderLog.class).to(JooqReminderLog.class);
        bind(JooqReminderLog.class).in(Singleton.class);
        bind(AutoRenewClaims.class).to(JooqAutoRenewClaims.class);
        bind(JooqAutoRenewClaims.class).in(Singleton.class);
        bind(UpdateInbox.class).to(JooqUpdateInbox.class);
        bind(JooqUpdateInbox.class).in(Singleton.class);
        bind(Conversations.class).to(JooqConversations.class);
        bind(JooqConversations.class).in(Singleton.class);
        bind(PaymentCheckouts.class).to(JooqPaymentCheckouts.class);
        bind(JooqPaymentCheckouts.class).in(Singleton.class);
        bind(JobRuns.class).to(JooqJobRuns.class);
        bind(JooqJobRuns.class).in(Singleton.class);
        bind(PanelStatuses.class).to(JooqPanelStatuses.class);
        bind(JooqPanelStatuses.class).in(Singleton.class);
        bind(UsageRecords.class).to(JooqUsageRecords.class);
        bind(JooqUsageRecords.class).in(Singleton.class);
        bind(StaffRepository.class).to(JooqStaffRepository.class);
        bind(JooqStaffRepository.class).in(Singleton.class);
        bind(CustomerSearch.class).to(JooqCustomerSearch.class);
        bind(JooqCustomerSearch.class).in(Singleton.class);
        bind(dev.tollgate.application.port.out.PromoCodeUses.class).to(JooqPromoCodeUses.class);
        bind(JooqPromoCodeUses.class).in(Singleton.class);
        bind(dev.tollgate.application.port.out.UnclaimedSubscriptions.class).to(JooqUnclaimedSubscriptions.class);
        bind(JooqUnclaimedSubscriptions.class).in(Singleton.class);
        bind(dev.tollgate.application.port.out.FeedTokenVersions.class).to(JooqFeedTokenVersions.class);
        bind(JooqFeedTokenVersions.class).in(Singleton.class);
        bind(dev.tollgate.application.port.out.TermsAcceptances.class).to(JooqTermsAcceptances.class);
        bind(JooqTermsAcceptances.class).in(Singleton.class);
        bind(PlanSeeds.class).to(JooqPlanSeeds.class);
        bind(JooqPlanSeeds.class).in(Singleton.class);
        bind(Tickets.class).to(JooqTickets.class);
        bind(JooqTickets.class).in(Singleton.class);
        bind(dev.tollgate.application.port.out.GrowthFigures.class).to(JooqGrowthFigures.class);
        bind(JooqGrowthFigures.class).in(Singleton.class);
        bind(dev.tollgate.application.port.out.Broadcasts.class).to(JooqBroadcasts.class);
        bind(JooqBroadcasts.class).in(Singleton.class);
        bind(dev.tollgate.application.port.out.BroadcastAudience.class).to(JooqBroadcastAudience.class);
        bind(JooqBroadcastAudience.class).in(Singleton.class);
        bind(AuditLog.class).to(JooqAuditLog.class);
        bind(JooqAuditLog.class).in(Singleton.class);
        bind(TransactionRunner.class).to(JooqTransactionRunner.class);
        bind(JooqTransactionRunner.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), LifecycleService.class).addBinding().to(Database.class);
    }

    @Provides
    @Singleton
    DueReminders dueReminders(JooqSubscriptionRepository subscriptions) {
        return new JooqDueReminders(subscriptions);
    }

    @Provides
    @Singleton
    dev.tollgate.application.port.out.SealedSecrets sealedSecrets() {
        return new CipherSealedSecrets(new SecretCipher(secretKey));
    }

    @Provides
    @Singleton
    ServerRepository servers(DSLContext dsl) {
        return new JooqServerRepository(dsl, new SecretCipher(secretKey));
    }

    @Provides
    @Singleton
    Database database() {
        return new Database(jdbcUrl, user, password, maxPoolSize);
    }

    /**
     * The pool as a plain {@link DataSource} for infrastructure that needs JDBC itself (the cluster-safe scheduler);
     * connections are only asked for after the database service started.
     */
    @Provides
    @Singleton
    DataSource dataSource(Database database) {
        return new LazyDataSource(database::dataSource);
    }

    @Provides
    @Singleton
    DSLContext dsl(Database database) {
        // Connections are taken from the pool only when a query runs, so building the injector touches no database.
        ConnectionProvider lazyPool = new ConnectionProvider() {
            @Override
            public Connection acquire() {
                try {
                    return database.connection();
                } catch (SQLException e) {
                    throw new DataAccessException("cannot get a database connection", e);
                }
            }

            @Override
            public void release(Connection connection) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    throw new DataAccessException("cannot return a database connection", e);
                }
            }
        };
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(database.dialect());
        configuration.set(new ThreadLocalTransactionProvider(lazyPool));
        // Unquoted names let H2 and PostgreSQL apply their own case rules to the same schema.
        configuration.set(new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER));
        return DSL.using(configuration);
    }
}
