package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.OrderId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Codes in a map and redemptions in a set keyed by (code, user, use number), as in the database. */
public final class InMemoryDiscountCodes implements DiscountCodes {

    private record Redemption(PromoCode code, TelegramUserId user, int useNumber) {
    }

    private final Map<String, DiscountCode> rows = new TreeMap<>();
    private final Set<Redemption> redemptions = new HashSet<>();

    @Override
    public synchronized void insert(DiscountCode code) {
        if (rows.containsKey(code.code().value())) {
            throw new DuplicateKeyException("code " + code.code() + " exists");
        }
        rows.put(code.code().value(), copy(code, code.version()));
    }

    @Override
    public synchronized void update(DiscountCode code) {
        DiscountCode stored = rows.get(code.code().value());
        if (stored == null || stored.version() != code.version()) {
            throw new ConcurrentUpdateException("code " + code.code() + " changed or vanished");
        }
        rows.put(code.code().value(), copy(code, code.version() + 1));
    }

    @Override
    public synchronized Optional<DiscountCode> find(PromoCode code) {
        return Optional.ofNullable(rows.get(code.value())).map(c -> copy(c, c.version()));
    }

    @Override
    public synchronized List<DiscountCode> all() {
        return rows.values().stream().map(c -> copy(c, c.version())).toList();
    }

    @Override
    public synchronized void recordRedemption(PromoCode code, TelegramUserId user, OrderId order, Instant at,
                                              int useNumber) {
        if (useNumber < 1 || !redemptions.add(new Redemption(code, user, useNumber))) {
            throw new DuplicateKeyException("user " + user + " already used code " + code + " " + useNumber + " times");
        }
    }

    @Override
    public synchronized int redemptions(PromoCode code, TelegramUserId user) {
        return (int) redemptions.stream().filter(r -> r.code().equals(code) && r.user().equals(user)).count();
    }

    private static DiscountCode copy(DiscountCode c, long version) {
        return DiscountCode.rehydrate(c.code(), c.kind(), c.percentOff(), c.amountOff().orElse(null), c.validFrom(),
                c.validUntil(), c.usageLimit(), c.timesUsed(), c.active(), version).restrict(c.plans(), c.usesPerUser());
    }
}
