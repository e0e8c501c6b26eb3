package dev.tollgate.application.service.admin;

import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.service.common.AdminGuard;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sales per day and currency from the orders paid in the period (top-ups are money moved into wallets, not sales, so
 * they are left out; orders paid from the wallet count), refunds of those orders, and active subscriptions now.
 */
public final class ShowSalesStatisticsService implements ShowSalesStatisticsUseCase {

    private final AdminDirectory admins;
    private final OrderRepository orders;
    private final SubscriptionRepository subscriptions;

    public ShowSalesStatisticsService(AdminDirectory admins, OrderRepository orders,
                                      SubscriptionRepository subscriptions) {
        this.admins = admins;
        this.orders = orders;
        this.subscriptions = subscriptions;
    }

    private record DayKey(LocalDate day, Currency currency) implements Comparable<DayKey> {
        @Override
        public int compareTo(DayKey other) {
            int byDay = day.compareTo(other.day);
            return byDay != 0 ? byDay : currency.compareTo(other.currency);
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
        }
        List<DaySales> days = byDay.entrySet().stream().map(entry -> new DaySales(entry.getKey().day(),
                entry.getKey().currency(), entry.getValue().size(), entry.getValue().stream().map(Order::total)
                        .reduce(Money.zero(entry.getKey().currency()), Money::plus))).toList();
        int active = subscriptions.findByStatus(Set.of(SubscriptionStatus.ACTIVE)).size();
        return new Statistics(days, Map.copyOf(revenue), Map.copyOf(refunded), active);
    }
}
