package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.DISCOUNT_CODES;
import static dev.tollgate.adapters.persistence.generated.Tables.DISCOUNT_REDEMPTIONS;

import dev.tollgate.adapters.persistence.generated.tables.records.DiscountCodesRecord;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.discount.DiscountKind;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Promo codes (the use count under optimistic locking) and their redemptions, keyed by (code, user). */
final class JooqDiscountCodes implements DiscountCodes {

    private final DSLContext dsl;

    @Inject
    JooqDiscountCodes(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(DiscountCode code) {
        Errors.translate("insert promo code " + code.code(), () -> dsl.insertInto(DISCOUNT_CODES)
                .set(DISCOUNT_CODES.CODE, code.code().value())
                .set(DISCOUNT_CODES.KIND, code.kind().name())
                .set(DISCOUNT_CODES.PERCENT_OFF, code.percentOff())
                .set(DISCOUNT_CODES.AMOUNT_OFF_MINOR, code.amountOff().map(Money::minorUnits).orElse(null))
                .set(DISCOUNT_CODES.AMOUNT_OFF_CURRENCY, code.amountOff().map(m -> m.currency().name()).orElse(null))
                .set(DISCOUNT_CODES.VALID_FROM, Times.toDb(code.validFrom()))
                .set(DISCOUNT_CODES.VALID_UNTIL, Times.toDb(code.validUntil()))
                .set(DISCOUNT_CODES.USAGE_LIMIT, code.usageLimit())
                .set(DISCOUNT_CODES.TIMES_USED, code.timesUsed())
                .set(DISCOUNT_CODES.ACTIVE, code.active())
                .set(DISCOUNT_CODES.PLAN_IDS, planIds(code))
                .set(DISCOUNT_CODES.USES_PER_USER, code.usesPerUser())
                .set(DISCOUNT_CODES.VERSION, code.version())
                .execute());
    }

    @Override
    public void update(DiscountCode code) {
        // Every column is written, as the in-memory store replaces the whole code; usually only the use count moved.
        int updated = Errors.translate("update promo code " + code.code(), () -> dsl.update(DISCOUNT_CODES)
                .set(DISCOUNT_CODES.KIND, code.kind().name())
                .set(DISCOUNT_CODES.PERCENT_OFF, code.percentOff())
                .set(DISCOUNT_CODES.AMOUNT_OFF_MINOR, code.amountOff().map(Money::minorUnits).orElse(null))
                .set(DISCOUNT_CODES.AMOUNT_OFF_CURRENCY, code.amountOff().map(m -> m.currency().name()).orElse(null))
                .set(DISCOUNT_CODES.VALID_FROM, Times.toDb(code.validFrom()))
                .set(DISCOUNT_CODES.VALID_UNTIL, Times.toDb(code.validUntil()))
                .set(DISCOUNT_CODES.USAGE_LIMIT, code.usageLimit())
                .set(DISCOUNT_CODES.TIMES_USED, code.timesUsed())
                .set(DISCOUNT_CODES.ACTIVE, code.active())
                .set(DISCOUNT_CODES.PLAN_IDS, planIds(code))
                .set(DISCOUNT_CODES.USES_PER_USER, code.usesPerUser())
                .set(DISCOUNT_CODES.VERSION, code.version() + 1)
                .where(DISCOUNT_CODES.CODE.eq(code.code().value()))
                .and(DISCOUNT_CODES.VERSION.eq(code.version()))
                .execute());
        if (updated != 1) {
            throw new ConcurrentUpdateException("promo code " + code.code() + " was changed by someone else or is gone");
        }
    }

    @Override
    public Optional<DiscountCode> find(PromoCode code) {
        return Errors.translate("find promo code", () -> dsl.selectFrom(DISCOUNT_CODES)
                .where(DISCOUNT_CODES.CODE.eq(code.value())).fetchOptional().map(JooqDiscountCodes::toDomain));
    }

    @Override
    public List<DiscountCode> all() {
        return Errors.translate("list promo codes", () -> dsl.selectFrom(DISCOUNT_CODES)
                .orderBy(DISCOUNT_CODES.CODE).fetch(JooqDiscountCodes::toDomain));
    }

    @Override
    public void recordRedemption(PromoCode code, TelegramUserId user, OrderId order, Instant at, int useNumber) {
        if (useNumber < 1) {
            throw new IllegalArgumentException("use numbers start at 1: " + useNumber);
        }
        Errors.translate("record redemption of " + code + " by " + user, () -> dsl.insertInto(DISCOUNT_REDEMPTIONS)
                .set(DISCOUNT_REDEMPTIONS.CODE, code.value())
                .set(DISCOUNT_REDEMPTIONS.USER_ID, user.value())
                .set(DISCOUNT_REDEMPTIONS.USE_NO, useNumber)
                .set(DISCOUNT_REDEMPTIONS.ORDER_ID, order.value())
                .set(DISCOUNT_REDEMPTIONS.REDEEMED_AT, Times.toDb(at))
                .execute());
    }

    @Override
    public int redemptions(PromoCode code, TelegramUserId user) {
        return Errors.translate("count redemptions", () -> dsl.fetchCount(DISCOUNT_REDEMPTIONS,
                DISCOUNT_REDEMPTIONS.CODE.eq(code.value()).and(DISCOUNT_REDEMPTIONS.USER_ID.eq(user.value()))));
    }

    private static String planIds(DiscountCode code) {
        return code.plans().isEmpty() ? null : String.join(",",
                new java.util.TreeSet<>(code.plans().stream().map(dev.tollgate.domain.plan.PlanId::value).toList()));
    }

    private static DiscountCode toDomain(DiscountCodesRecord row) {
        Money amount = row.getAmountOffMinor() == null ? null
                : Money.of(row.getAmountOffMinor(), Currency.valueOf(row.getAmountOffCurrency()));
        return DiscountCode.rehydrate(new PromoCode(row.getCode()), DiscountKind.valueOf(row.getKind()),
                row.getPercentOff(), amount, Times.fromDb(row.getValidFrom()), Times.fromDb(row.getValidUntil()),
                row.getUsageLimit(), row.getTimesUsed(), row.getActive(), row.getVersion())
                .restrict(row.getPlanIds() == null ? java.util.Set.of() : java.util.Arrays.stream(row.getPlanIds().split(","))
                        .map(dev.tollgate.domain.plan.PlanId::new).collect(java.util.stream.Collectors.toUnmodifiableSet()),
                        row.getUsesPerUser());
    }
}
