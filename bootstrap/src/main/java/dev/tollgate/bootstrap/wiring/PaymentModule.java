package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.PayFromWalletUseCase;
import dev.tollgate.application.port.in.RefundOrderUseCase;
import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.application.port.in.SubmitReceiptUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.ordering.OrderSettlement;
import dev.tollgate.application.service.payment.ConfirmPaymentService;
import dev.tollgate.application.service.payment.PayFromWalletService;
import dev.tollgate.application.service.payment.RefundOrderService;
import dev.tollgate.application.service.payment.ReviewReceiptService;
import dev.tollgate.application.service.payment.ShowWalletService;
import dev.tollgate.application.service.payment.SubmitReceiptService;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.application.service.staff.AuditedUseCases;
import java.time.Clock;

/** Payments: provider confirmations, wallet payments, card receipts and their review, the wallet, refunds. */
public final class PaymentModule extends AbstractModule {

    private final Clock clock;

    public PaymentModule(Clock clock) {
        this.clock = clock;
    }

    @Provides
    @Singleton
    ConfirmPaymentUseCase confirmPayment(OrderRepository orders, PaymentRepository payments, OrderSettlement settlement,
                                         TransactionRunner transactions, CustomerNotices notices) {
        return new ConfirmPaymentService(orders, payments, settlement, transactions, notices, clock);
    }

    @Provides
    @Singleton
    PayFromWalletUseCase payFromWallet(OrderRepository orders, PaymentRepository payments, WalletLedger ledger,
                                       OrderSettlement settlement, TransactionRunner transactions) {
        return new PayFromWalletService(orders, payments, ledger, settlement, transactions, clock);
    }

    @Provides
    @Singleton
    SubmitReceiptUseCase submitReceipt(OrderRepository orders, PaymentRepository payments, TransactionRunner transactions,
                                       CustomerNotices notices) {
        return new SubmitReceiptService(orders, payments, transactions, notices, clock);
    }

    @Provides
    @Singleton
    ReviewReceiptUseCase reviewReceipt(AdminDirectory admins, PaymentRepository payments, OrderRepository orders,
                                       OrderSettlement settlement, TransactionRunner transactions, CustomerNotices notices,
                                       AuditedUseCases audited) {
        return audited.reviewReceipt(new ReviewReceiptService(admins, payments, orders, settlement, transactions, notices,
                clock));
    }

    @Provides
    @Singleton
    ShowWalletUseCase showWallet(WalletLedger ledger, Referrals referrals) {
        return new ShowWalletService(ledger, referrals);
    }

    @Provides
    @Singleton
    RefundOrderUseCase refundOrder(AdminDirectory admins, OrderRepository orders, SubscriptionRepository subscriptions,
            WalletLedger ledger, ServerCatalog servers, PanelGateways gateways, SubscriptionProvisioner provisioner,
            TransactionRunner transactions, CustomerNotices notices, PaymentRepository payments,
            dev.tollgate.application.port.out.PaymentCheckouts requests,
            java.util.Set<dev.tollgate.application.port.out.PaymentGateway> providers, AuditedUseCases audited) {
        return audited.refundOrder(new RefundOrderService(admins, orders, subscriptions, ledger, servers, gateways,
                provisioner, transactions, notices, clock, payments, requests, java.util.List.copyOf(providers)));
    }
}
