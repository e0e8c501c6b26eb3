package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An admin's figures: sales per day and currency, revenue and refunds per currency, active subscriptions. */
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

    /** Revenue counts paid orders (top-ups excluded, they are not sales); refunds of those orders are listed apart. */
    record Statistics(List<DaySales> days, Map<Currency, Money> revenue, Map<Currency, Money> refunded,
                      int activeSubscriptions) implements Result {
    }

    record DaySales(LocalDate day, Currency currency, int orders, Money revenue) {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN
    }
}
