package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An admin's figures for a period: sales per day and currency, revenue and refunds per currency, orders by plan and
 * by provider, new customers per day, trials and how many of them paid since, failed deliveries; and, as of now,
 * active subscriptions and those that expire within three days.
 */
public interface ShowSalesStatisticsUseCase {

    Result show(Command command);

    /** Days {@code from} to {@code to} inclusive, in {@code zone}. */
    record Command(TelegramUserId admin, LocalDate from, LocalDate to, ZoneId zone) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(zone, "zone");
        }
    }

    sealed interface Result {
    }

    /**
     * Revenue counts paid orders (top-ups excluded, they are not sales); refunds of those orders are listed apart.
     * {@code failedDeliveries}: orders paid in the period that could not be delivered (refunded to the wallet).
     */
    record Statistics(List<DaySales> days, Map<Currency, Money> revenue, Map<Currency, Money> refunded,
                      int activeSubscriptions, Growth growth, List<PlanSales> byPlan, List<ProviderSales> byProvider,
                      int expiringSoon, int failedDeliveries) implements Result {
        public Statistics {
            days = List.copyOf(days);
            byPlan = List.copyOf(byPlan);
            byProvider = List.copyOf(byProvider);
        }

        /** The figures of earlier callers: no growth, plan, provider or failure figures. */
        public Statistics(List<DaySales> days, Map<Currency, Money> revenue, Map<Currency, Money> refunded,
                          int activeSubscriptions) {
            this(days, revenue, refunded, activeSubscriptions, new Growth(List.of(), 0, 0), List.of(), List.of(), 0, 0);
        }
    }

    record DaySales(LocalDate day, Currency currency, int orders, Money revenue) {
    }

    /** New customers on each day that had any; trials started in the period and how many of them paid since. */
    record Growth(List<DayCount> newCustomers, int trials, int trialsPaid) {
        public Growth {
            newCustomers = List.copyOf(newCustomers);
        }

        public int newCustomerTotal() {
            return newCustomers.stream().mapToInt(DayCount::count).sum();
        }

        /** Whole percent of the period's trials whose owner paid since; 0 without trials. */
        public int conversionPercent() {
            return trials == 0 ? 0 : Math.round(100f * trialsPaid / trials);
        }
    }

    record DayCount(LocalDate day, int count) {
    }

    /** Orders of one plan (purchases, renewals, upgrades) and their revenue per currency, most orders first. */
    record PlanSales(PlanId plan, int orders, Map<Currency, Money> revenue) {
        public PlanSales {
            revenue = Map.copyOf(revenue);
        }
    }

    /** Orders paid through one provider and their amounts per currency, most orders first. */
    record ProviderSales(PaymentProvider provider, int orders, Map<Currency, Money> amount) {
        public ProviderSales {
            amount = Map.copyOf(amount);
        }
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN
    }
}
