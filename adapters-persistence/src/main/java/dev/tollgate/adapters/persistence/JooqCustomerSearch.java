package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.CUSTOMERS;
import static dev.tollgate.adapters.persistence.generated.Tables.ORDERS;
import static dev.tollgate.adapters.persistence.generated.Tables.SUBSCRIPTIONS;

import dev.tollgate.application.port.out.CustomerSearch;
import dev.tollgate.domain.customer.TelegramUserId;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The staff's customer lookup as one UNION of three indexed-or-small scans: customers by id or profile, orders and
 * subscriptions by the start of their id (as text) or a piece of the panel email. jOOQ's startsWith/contains escape
 * the fragment, so "%" and "_" are searched for as themselves.
 */
final class JooqCustomerSearch implements CustomerSearch {

    private final DSLContext dsl;

    @Inject
    JooqCustomerSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<TelegramUserId> find(String fragment, int offset, int limit) {
        String text = fragment.strip().toLowerCase(Locale.ROOT);
        Condition byId = DSL.falseCondition();
        if (telegramId(text) > 0) {
            byId = CUSTOMERS.TELEGRAM_USER_ID.eq(telegramId(text));
        }
        Condition byProfile;
        if (text.length() < MIN_FRAGMENT) {
            byProfile = DSL.lower(CUSTOMERS.USERNAME).eq(text).or(DSL.lower(CUSTOMERS.FIRST_NAME).eq(text));
        } else {
            byProfile = DSL.lower(CUSTOMERS.USERNAME).contains(text)
                    .or(DSL.lower(CUSTOMERS.FIRST_NAME).contains(text))
                    .or(DSL.lower(CUSTOMERS.LAST_NAME).contains(text))
                    .or(DSL.lower(DSL.concat(DSL.coalesce(CUSTOMERS.FIRST_NAME, ""), DSL.inline(" "),
                            DSL.coalesce(CUSTOMERS.LAST_NAME, ""))).contains(text));
        }
        Select<Record1<Long>> customers = dsl.select(CUSTOMERS.TELEGRAM_USER_ID).from(CUSTOMERS)
                .where(byId.or(byProfile));
        if (text.length() < MIN_FRAGMENT) {
            var matches = customers.asTable("m");
            return Errors.translate("look customers up", () -> dsl.selectFrom(matches)
                    .orderBy(matches.field(0)).limit(limit).offset(offset)
                    .fetch(r -> new TelegramUserId(r.get(0, Long.class))));
        }
        Select<Record1<Long>> byOrder = dsl.select(ORDERS.CUSTOMER_ID).from(ORDERS)
                .where(DSL.lower(ORDERS.ID.cast(SQLDataType.VARCHAR(36))).startsWith(text));
        Select<Record1<Long>> bySubscription = dsl.select(SUBSCRIPTIONS.OWNER_ID).from(SUBSCRIPTIONS)
                .where(DSL.lower(SUBSCRIPTIONS.ID.cast(SQLDataType.VARCHAR(36))).startsWith(text)
                        .or(DSL.lower(SUBSCRIPTIONS.CLIENT_EMAIL).contains(text)));
        var matches = customers.union(byOrder).union(bySubscription).asTable("m");
        return Errors.translate("look customers up", () -> dsl.selectFrom(matches)
                .orderBy(matches.field(0))
                .limit(limit)
                .offset(offset)
                .fetch(r -> new TelegramUserId(r.get(0, Long.class))));
    }

    /** The fragment as a Telegram id, or 0 when it is not one. */
    private static long telegramId(String text) {
        if (!text.matches("[0-9]{1,19}")) {
            return 0;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException tooLarge) {
            return 0;
        }
    }
}
