package dev.tollgate.bootstrap.jobs;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.tollgate.application.port.in.ActivatePendingSubscriptionsUseCase;
import dev.tollgate.application.port.in.AutoRenewSubscriptionsUseCase;
import dev.tollgate.application.port.in.EnforceSubscriptionLimitsUseCase;
import dev.tollgate.application.port.in.ExpireOverdueOrdersUseCase;
import dev.tollgate.application.port.in.PollPaymentsUseCase;
import dev.tollgate.application.port.in.ProcessProvisioningTasksUseCase;
import dev.tollgate.application.port.in.ReconcilePanelsUseCase;
import dev.tollgate.application.port.in.SendRemindersUseCase;
import dev.tollgate.bootstrap.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shop's periodic jobs, each one use case run at its configured interval; a run that did something logs one
 * line. The scheduler ({@link Jobs}) runs each job once per interval across every instance.
 */
public final class ShopJobsModule extends AbstractModule {

    private static final Logger LOG = LoggerFactory.getLogger(ShopJobsModule.class);
    private static final int BATCH = 100;

    private final Settings settings;

    public ShopJobsModule(Settings settings) {
        this.settings = settings;
    }

    @ProvidesIntoSet
    ScheduledJob activatePendingJob(ActivatePendingSubscriptionsUseCase activatePending) {
        return new ScheduledJob("activate-pending", settings.pendingRetryInterval(), () -> {
            ActivatePendingSubscriptionsUseCase.Result result =
                    activatePending.activatePending(new ActivatePendingSubscriptionsUseCase.Command(50, settings.pendingGrace()));
            if (result.activated() > 0 || result.stillPending() > 0) {
                LOG.info("pending activations: {} completed, {} still pending", result.activated(), result.stillPending());
            }
        });
    }

    @ProvidesIntoSet
    ScheduledJob reconcileJob(ReconcilePanelsUseCase reconcilePanels) {
        return new ScheduledJob("reconcile-panels", settings.reconcileInterval(), () -> {
            ReconcilePanelsUseCase.Result result = reconcilePanels.reconcile();
            if (result.serversDown() > 0 || result.clientsReapplied() > 0 || result.driftRepaired() > 0) {
                LOG.info("panels: {} up, {} down, {} clients re-applied, {} drifted clients repaired", result.serversUp(),
                        result.serversDown(), result.clientsReapplied(), result.driftRepaired());
            }
        });
    }

    @ProvidesIntoSet
    ScheduledJob provisioningJob(ProcessProvisioningTasksUseCase worker) {
        return new ScheduledJob("provisioning", settings.jobs().provisioning(), () -> {
            ProcessProvisioningTasksUseCase.Result result = worker.process(new ProcessProvisioningTasksUseCase.Command(BATCH));
            if (result.delivered() + result.retrying() + result.refunded() > 0) {
                LOG.info("provisioning: {} delivered, {} retrying, {} refunded", result.delivered(), result.retrying(),
                        result.refunded());
            }
        });
    }

    @ProvidesIntoSet
    ScheduledJob limitsJob(EnforceSubscriptionLimitsUseCase limits) {
        return new ScheduledJob("subscription-limits", settings.jobs().limits(), () -> {
            EnforceSubscriptionLimitsUseCase.Result result = limits.enforce();
            if (result.expired() + result.limited() + result.panelErrors() > 0) {
                LOG.info("limits: {} checked, {} expired, {} over quota, {} panel errors", result.checked(), result.expired(),
                        result.limited(), result.panelErrors());
            }
        });
    }

    @ProvidesIntoSet
    ScheduledJob remindersJob(SendRemindersUseCase reminders) {
        return new ScheduledJob("reminders", settings.jobs().reminders(), () -> {
            SendRemindersUseCase.Result result = reminders.send();
            if (result.sent() + result.failed() > 0) {
                LOG.info("reminders: {} sent, {} failed (retried next run)", result.sent(), result.failed());
            }
        });
    }

    @ProvidesIntoSet
    ScheduledJob autoRenewJob(AutoRenewSubscriptionsUseCase autoRenew) {
        return new ScheduledJob("auto-renew", settings.jobs().autoRenew(), () -> {
            AutoRenewSubscriptionsUseCase.Result result =
                    autoRenew.renew(new AutoRenewSubscriptionsUseCase.Command(settings.jobs().autoRenewWindow()));
            if (result.renewed() + result.unaffordable() > 0) {
                LOG.info("auto-renewal: {} renewed, {} not covered by the wallet", result.renewed(), result.unaffordable());
            }
        });
    }

    @ProvidesIntoSet
    ScheduledJob expireOrdersJob(ExpireOverdueOrdersUseCase expire) {
        return new ScheduledJob("expire-orders", settings.jobs().expireOrders(), () -> {
            ExpireOverdueOrdersUseCase.Result result = expire.expire(new ExpireOverdueOrdersUseCase.Command(BATCH));
            if (result.expired() > 0) {
                LOG.info("orders: {} unpaid orders expired", result.expired());
            }
        });
    }

    @ProvidesIntoSet
    ScheduledJob pollPaymentsJob(PollPaymentsUseCase poll) {
        return new ScheduledJob("payment-poll", settings.payments().pollInterval(), () -> {
            PollPaymentsUseCase.Result result = poll.poll(new PollPaymentsUseCase.Command(BATCH));
            if (result.paid() + result.expired() > 0) {
                LOG.info("payment poll: {} paid without a webhook, {} expired", result.paid(), result.expired());
            }
        });
    }
}
