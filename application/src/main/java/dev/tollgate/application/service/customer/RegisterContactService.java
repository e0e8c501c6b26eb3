package dev.tollgate.application.service.customer;

import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.referral.Referral;
import dev.tollgate.domain.referral.ReferralCode;
import dev.tollgate.domain.referral.ReferralPolicy;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates the customer at first contact and keeps their language (and username and name) in step with their
 * Telegram client. A referral
 * link counts only at first contact, never for oneself, never from an unknown user and never closing a cycle.
 */
public final class RegisterContactService implements RegisterContactUseCase {

    private static final System.Logger LOG = System.getLogger(RegisterContactService.class.getName());
    private static final int MAX_CHAIN = 64;

    private final CustomerRepository customers;
    private final Referrals referrals;
    private final ReferralPolicy referralPolicy;
    private final TransactionRunner transactions;
    private final Clock clock;

    public RegisterContactService(CustomerRepository customers, Referrals referrals, ReferralPolicy referralPolicy,
                                  TransactionRunner transactions, Clock clock) {
        this.customers = customers;
        this.referrals = referrals;
        this.referralPolicy = referralPolicy;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Without referrals (the trial-only skeleton). */
    public RegisterContactService(CustomerRepository customers, TransactionRunner transactions, Clock clock) {
        this(customers, null, null, transactions, clock);
    }

    @Override
    public Result register(Command command) {
        Language language = Language.fromTag(command.languageTag());
        try {
            return transactions.inTransaction(() -> {
                Optional<Customer> existing = customers.findById(command.user());
                if (existing.isEmpty()) {
                    Instant now = clock.instant();
                    Customer customer = Customer.firstContact(command.user(), language, now);
                    if (command.profile() != null) {
                        customer.updateProfile(command.profile());
                    }
                    customers.insert(customer);
                    recordReferral(command, now);
                    return new Result(language, true, false);
                }
                Customer customer = existing.get();
                boolean changed = command.languageTag() != null && customer.changeLanguage(language);
                boolean renamed = command.profile() != null && customer.updateProfile(command.profile());
                if (customer.returned() | changed | renamed) {
                    customers.update(customer);
                }
                return new Result(customer.language(), false, customer.banned());
            });
        } catch (DuplicateKeyException raced) {
            // Two first messages of the same user raced; the other one created the customer (and any referral).
            return new Result(language, false);
        }
    }

    private void recordReferral(Command command, Instant now) {
        if (referrals == null) {
            return;
        }
        Optional<ReferralCode> code = ReferralCode.fromStartParameter(command.startParameter());
        if (code.isEmpty()) {
            return;
        }
        TelegramUserId referrer = code.get().referrer();
        boolean known = !referrer.equals(command.user()) && customers.findById(referrer).isPresent();
        Optional<ReferralPolicy.Refusal> refusal =
                referralPolicy.check(command.user(), referrer, true, known, chainAbove(referrer));
        if (refusal.isPresent()) {
            LOG.log(Level.INFO, "referral of {0} by {1} not recorded: {2}", command.user(), referrer, refusal.get());
            return;
        }
        referrals.record(new Referral(command.user(), referrer, now));
    }

    private List<TelegramUserId> chainAbove(TelegramUserId referrer) {
        List<TelegramUserId> chain = new ArrayList<>();
        Optional<TelegramUserId> next = referrals.referrerOf(referrer);
        while (next.isPresent() && chain.size() < MAX_CHAIN && !chain.contains(next.get())) {
            chain.add(next.get());
            next = referrals.referrerOf(next.get());
        }
        return chain;
    }
}
