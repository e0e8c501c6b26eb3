package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.CommerceStores;
import dev.tollgate.application.port.out.AutoRenewClaims;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ProvisioningQueue;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.application.port.out.ReminderLog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.WalletLedger;

/** The commerce stores as the persistence module binds them. */
final class JooqCommerceStores {

    private JooqCommerceStores() {
    }

    static CommerceStores of(Injector injector) {
        return new CommerceStores(injector.getInstance(CustomerRepository.class),
                injector.getInstance(SubscriptionRepository.class), injector.getInstance(PlanRepository.class),
                injector.getInstance(OrderRepository.class), injector.getInstance(PaymentRepository.class),
                injector.getInstance(WalletLedger.class), injector.getInstance(ProvisioningQueue.class),
                injector.getInstance(Referrals.class), injector.getInstance(DiscountCodes.class),
                injector.getInstance(ReminderLog.class), injector.getInstance(AutoRenewClaims.class),
                injector.getInstance(TransactionRunner.class));
    }
}
