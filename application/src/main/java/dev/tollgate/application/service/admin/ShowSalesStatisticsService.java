package dev.tollgate.application.service.admin;

import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.GrowthFigures;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.service.common.AdminGuard;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sales per day and currency from the orders paid in the period (top-ups are money moved into wallets, not sales, so
 * they are left out; orders paid from the wallet count), refunds of those orders, the same orders by plan and by the
 * provider that took the payment, orders that could not be delivered; new customers per day and trials from the
 * growth figures; active subscriptions now and those of them that end within three days.
 */
public final class ShowSalesStatisticsService implements ShowSalesStatisticsUseCase {

    static final Duration EXPIRING = Duration.ofDays(3);

    private final AdminDirectory admins;
    private final OrderRepository orders;
    private final SubscriptionRepository subscriptions;
    private final GrowthFigures growth;
    private final Clock clock;

    public ShowSalesStatisticsService(AdminDirectory admins, OrderRepository orders, SubscriptionRepository subscriptions,
                                      GrowthFigures growth, Clock clock) {
        this.admins = admins;
        this.orders = orders;
        this.subscriptions = subscriptions;
        this.growth = growth;
        this.clock = clock;
    }

    private record DayKey(LocalDate day, Currency currency) implements Comparable<DayKey> {
        @Override
        public int compareTo(DayKey other) {
            int byDay = day.compareTo(other.day);
            return byDay != 0 ? byDay : currency.compareTo(other.currency);
        }
    }

    private static final class Tally {
        int orders;
        final Map<Currency, Money> money = new EnumMap<>(Currency.class);

        void add(Money amount) {
            orders++;
            money.merge(amount.currency(), amount, Money::plus);
        }
    }

    @Override
    public Result show(Command command) {
        if (!AdminGuard.allows(admins, command.admin(), "read the statistics")) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        Instant from = command.from().atStartOfDay(command.zone()).toInstant();
        Instant to = command.to().plusDays(1).atStartOfDay(command.zone()).toInstant();
        Map<DayKey, List<Order>> byDay = new TreeMap<>();
        Map<Currency, Money> revenue = new EnumMap<>(Currency.class);
        Map<Currency, Money> refunded = new EnumMap<>(Currency.class);
        Map<PlanId, Tally> byPlan = new HashMap<>();
        Map<PaymentProvider, Tally> byProvider = new EnumMap<>(PaymentProvider.class);
        Map<OrderId, PaymentProvider> providers = growth.providersOfOrdersPaid(from, to);
        int failed = 0;
        for (Order order : orders.findPaidBetween(from, to)) {
            if (order.kind() == OrderKind.WALLET_TOP_UP) {
                continue;
            }
            Money total = order.total();
            LocalDate day = order.paidAt().orElseThrow().atZone(command.zone()).toLocalDate();
            byDay.computeIfAbsent(new DayKey(day, total.currency()), k -> new ArrayList<>()).add(order);
            revenue.merge(total.currency(), total, Money::plus);
            if (order.status() == OrderStatus.REFUNDED) {
                refunded.merge(total.currency(), total, Money::plus);
            }
            if (order.failure().isPresent()) {
                failed++;
            }
            order.terms().ifPresent(terms -> byPlan.computeIfAbsent(terms.plan(), p -> new Tally()).add(total));
            PaymentProvider provider = providers.get(order.id());
            if (provider != null) {
                byProvider.computeIfAbsent(provider, p -> new Tally()).add(total);
            }
        }
        List<DaySales> days = byDay.entrySet().stream().map(entry -> new DaySales(entry.getKey().day(),
                entry.getKey().currency(), entry.getValue().size(), entry.getValue().stream().map(Order::total)
                        .reduce(Money.zero(entry.getKey().currency()), Money::plus))).toList();
        Instant now = clock.instant();
        List<Subscription> active = subscriptions.findByStatus(Set.of(SubscriptionStatus.ACTIVE));
        int expiring = (int) active.stream().filter(s -> s.expiresAt()
                .filter(at -> at.isAfter(now) && !at.isAfter(now.plus(EXPIRING))).isPresent()).count();
        return new Statistics(days, Map.copyOf(revenue), Map.copyOf(refunded), active.size(), growth(from, to, command),
                byPlan.entrySet().stream().map(e -> new PlanSales(e.getKey(), e.getValue().orders, e.getValue().money))
                        .sorted(Comparator.comparingInt(PlanSales::orders).reversed()
                                .thenComparing(p -> p.plan().value())).toList(),
                byProvider.entrySet().stream().map(e -> new ProviderSales(e.getKey(), e.getValue().orders,
                        e.getValue().money)).sorted(Comparator.comparingInt(ProviderSales::orders).reversed()
                        .thenComparing(ProviderSales::provider)).toList(),
                expiring, failed);
    }

    private Growth growth(Instant from, Instant to, Command command) {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (Instant first : growth.firstContacts(from, to)) {
            perDay.merge(first.atZone(command.zone()).toLocalDate(), 1, Integer::sum);
        }
        List<GrowthFigures.TrialStart> trials = growth.trialsStarted(from, to);
        return new Growth(perDay.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList(),
                trials.size(), (int) trials.stream().filter(GrowthFigures.TrialStart::paidSince).count());
    }
}
