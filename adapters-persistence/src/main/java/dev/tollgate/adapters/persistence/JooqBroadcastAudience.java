package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.CUSTOMERS;
import static dev.tollgate.adapters.persistence.generated.Tables.ORDERS;
import static dev.tollgate.adapters.persistence.generated.Tables.SUBSCRIPTIONS;

import dev.tollgate.application.port.out.BroadcastAudience;
import dev.tollgate.domain.broadcast.Segment;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import jakarta.inject.Inject;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A segment's customers in one query: customers who have not blocked the bot and are not banned from the shop, filtered
 * by EXISTS on their rows.
 */
final class JooqBroadcastAudience implements BroadcastAudience {

    private final DSLContext dsl;

    @Inject
    JooqBroadcastAudience(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<TelegramUserId> members(Segment segment) {
        return Errors.translate("read the customers of segment " + segment.code(), () -> dsl
                .select(CUSTOMERS.TELEGRAM_USER_ID).from(CUSTOMERS)
                .where(CUSTOMERS.BLOCKED_BOT_AT.isNull())
                .and(CUSTOMERS.BANNED_AT.isNull())
                .and(condition(segment))
                .orderBy(CUSTOMERS.TELEGRAM_USER_ID)
                .fetch(row -> new TelegramUserId(row.value1())));
    }

    private static Condition condition(Segment segment) {
        return switch (segment.kind()) {
            case ALL -> DSL.trueCondition();
            case ACTIVE -> subscription(SUBSCRIPTIONS.STATUS.eq(SubscriptionStatus.ACTIVE.name()));
            case EXPIRED -> subscription(DSL.trueCondition()).andNot(subscription(SUBSCRIPTIONS.STATUS.in(
                    SubscriptionStatus.ACTIVE.name(), SubscriptionStatus.LIMITED.name(),
                    SubscriptionStatus.PENDING_ACTIVATION.name(), SubscriptionStatus.SUSPENDED.name())));
            case TRIAL_ONLY -> subscription(SUBSCRIPTIONS.KIND.eq(SubscriptionKind.TRIAL.name())).andNot(paid());
            case NEVER_PAID -> DSL.not(paid());
            case LANGUAGE -> CUSTOMERS.LANGUAGE.eq(segment.language().name());
        };
    }

    private static Condition subscription(Condition which) {
        return DSL.exists(DSL.selectOne().from(SUBSCRIPTIONS)
                .where(SUBSCRIPTIONS.OWNER_ID.eq(CUSTOMERS.TELEGRAM_USER_ID)).and(which));
    }

    private static Condition paid() {
        return DSL.exists(DSL.selectOne().from(ORDERS)
                .where(ORDERS.CUSTOMER_ID.eq(CUSTOMERS.TELEGRAM_USER_ID)).and(ORDERS.PAID_AT.isNotNull()));
    }
}
