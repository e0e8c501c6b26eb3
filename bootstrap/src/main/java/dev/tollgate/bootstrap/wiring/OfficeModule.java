package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.tollgate.application.port.in.AdjustWalletUseCase;
import dev.tollgate.application.port.in.BrowseAuditLogUseCase;
import dev.tollgate.application.port.in.FindCustomerUseCase;
import dev.tollgate.application.port.in.ListAllPlansUseCase;
import dev.tollgate.application.port.in.ListDiscountCodesUseCase;
import dev.tollgate.application.port.in.ListPendingReceiptsUseCase;
import dev.tollgate.application.port.in.ListStaffUseCase;
import dev.tollgate.application.port.in.AnswerTicketUseCase;
import dev.tollgate.application.port.in.ContactSupportUseCase;
import dev.tollgate.application.port.in.ListTicketsUseCase;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.in.ShowTicketUseCase;
import dev.tollgate.application.port.in.MessageCustomerUseCase;
import dev.tollgate.application.port.in.OpenBackOfficeUseCase;
import dev.tollgate.application.port.in.ShowCustomerCardUseCase;
import dev.tollgate.application.port.in.ShowOrderUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.Tickets;
import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.CustomerSearch;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.application.port.out.StaffRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.staff.AdjustWalletService;
import dev.tollgate.application.service.staff.AuditedUseCases;
import dev.tollgate.application.service.staff.BrowseAuditLogService;
import dev.tollgate.application.service.staff.FindCustomerService;
import dev.tollgate.application.service.staff.ListAllPlansService;
import dev.tollgate.application.service.staff.ListDiscountCodesService;
import dev.tollgate.application.service.staff.ListPendingReceiptsService;
import dev.tollgate.application.service.staff.ListStaffService;
import dev.tollgate.application.service.staff.AnswerTicketService;
import dev.tollgate.application.service.staff.ContactSupportService;
import dev.tollgate.application.service.staff.ListTicketsService;
import dev.tollgate.application.service.staff.ManageStaffService;
import dev.tollgate.application.service.staff.ShowTicketService;
import dev.tollgate.application.service.staff.MessageCustomerService;
import dev.tollgate.application.service.staff.OpenBackOfficeService;
import dev.tollgate.application.service.staff.ShowCustomerCardService;
import dev.tollgate.application.service.staff.ShowOrderService;
import dev.tollgate.application.service.staff.StaffDirectory;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The back office: the staff (owners from bot.adminIds, admins and support stored by an owner), the audit log and
 * the use cases that manage them; the admin use cases elsewhere are audited through {@link AuditedUseCases}.
 */
public final class OfficeModule extends AbstractModule {

    private final Set<TelegramUserId> owners;
    private final Clock clock;

    public OfficeModule(Set<Long> ownerIds, Clock clock) {
        this.owners = ownerIds.stream().map(TelegramUserId::new).collect(Collectors.toUnmodifiableSet());
        this.clock = clock;
    }

    @Provides
    @Singleton
    AdminDirectory staffDirectory(StaffRepository staff) {
        return new StaffDirectory(owners, staff);
    }

    @Provides
    @Singleton
    AuditedUseCases audited(AuditLog audit, TransactionRunner transactions) {
        return new AuditedUseCases(audit, transactions, clock);
    }

    @Provides
    @Singleton
    ManageStaffUseCase manageStaff(AdminDirectory directory, StaffRepository staff, AuditLog audit,
                                   TransactionRunner transactions) {
        return new ManageStaffService(directory, staff, audit, transactions, clock);
    }

    @Provides
    @Singleton
    ListStaffUseCase listStaff(AdminDirectory directory, StaffRepository staff) {
        return new ListStaffService(directory, staff);
    }

    @Provides
    @Singleton
    BrowseAuditLogUseCase browseAuditLog(AdminDirectory directory, AuditLog audit) {
        return new BrowseAuditLogService(directory, audit);
    }

    @Provides
    @Singleton
    OpenBackOfficeUseCase openBackOffice(AdminDirectory directory) {
        return new OpenBackOfficeService(directory);
    }

    @Provides
    @Singleton
    ListPendingReceiptsUseCase pendingReceipts(AdminDirectory directory, PaymentRepository payments) {
        return new ListPendingReceiptsService(directory, payments);
    }

    @Provides
    @Singleton
    ListAllPlansUseCase allPlans(AdminDirectory directory, PlanRepository plans) {
        return new ListAllPlansService(directory, plans);
    }

    @Provides
    @Singleton
    ListDiscountCodesUseCase discountCodes(AdminDirectory directory, DiscountCodes codes) {
        return new ListDiscountCodesService(directory, codes);
    }

    @Provides
    @Singleton
    MessageCustomerUseCase messageCustomer(AdminDirectory directory, CustomerRepository customers,
            CustomerNotifier notifier, AuditLog audit, TransactionRunner transactions) {
        return new MessageCustomerService(directory, customers, notifier, audit, transactions, clock);
    }

    @Provides
    @Singleton
    ContactSupportUseCase contactSupport(Tickets tickets, AdminAlerts alerts, TransactionRunner transactions) {
        return new ContactSupportService(tickets, alerts, transactions, clock);
    }

    @Provides
    @Singleton
    ListTicketsUseCase listTickets(AdminDirectory directory, Tickets tickets) {
        return new ListTicketsService(directory, tickets);
    }

    @Provides
    @Singleton
    ShowTicketUseCase showTicket(AdminDirectory directory, Tickets tickets) {
        return new ShowTicketService(directory, tickets);
    }

    @Provides
    @Singleton
    AnswerTicketUseCase answerTicket(AdminDirectory directory, Tickets tickets, CustomerRepository customers,
            CustomerNotifier notifier, AuditLog audit, TransactionRunner transactions) {
        return new AnswerTicketService(directory, tickets, customers, notifier, audit, transactions, clock);
    }

    @Provides
    @Singleton
    ShowOrderUseCase showOrder(AdminDirectory directory, OrderRepository orders, PaymentRepository payments) {
        return new ShowOrderService(directory, orders, payments);
    }

    @Provides
    @Singleton
    FindCustomerUseCase findCustomer(AdminDirectory directory, CustomerSearch search, CustomerRepository customers) {
        return new FindCustomerService(directory, search, customers);
    }

    @Provides
    @Singleton
    ShowCustomerCardUseCase customerCard(AdminDirectory directory, CustomerRepository customers,
            SubscriptionRepository subscriptions, WalletLedger ledger, OrderRepository orders, Referrals referrals) {
        return new ShowCustomerCardService(directory, customers, subscriptions, ledger, orders, referrals);
    }

    @Provides
    @Singleton
    AdjustWalletUseCase adjustWallet(AdminDirectory directory, CustomerRepository customers, WalletLedger ledger,
                                     AuditLog audit, TransactionRunner transactions) {
        return new AdjustWalletService(directory, customers, ledger, audit, transactions, clock);
    }
}
