package dev.tollgate.application.contracts;

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
import java.util.Objects;

/** Every store of the commerce core over one database, handed to the commerce contracts in one piece. */
public record CommerceStores(CustomerRepository customers, SubscriptionRepository subscriptions, PlanRepository plans,
                             OrderRepository orders, PaymentRepository payments, WalletLedger ledger,
                             ProvisioningQueue provisioning, Referrals referrals, DiscountCodes discountCodes,
                             ReminderLog reminders, AutoRenewClaims autoRenewClaims, TransactionRunner transactions) {

    public CommerceStores {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(provisioning, "provisioning");
        Objects.requireNonNull(referrals, "referrals");
        Objects.requireNonNull(discountCodes, "discountCodes");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(autoRenewClaims, "autoRenewClaims");
        Objects.requireNonNull(transactions, "transactions");
    }
}
