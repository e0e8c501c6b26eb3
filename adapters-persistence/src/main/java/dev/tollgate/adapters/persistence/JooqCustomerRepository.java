package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.CUSTOMERS;

import dev.tollgate.adapters.persistence.generated.tables.records.CustomersRecord;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jooq.DSLContext;

final class JooqCustomerRepository implements CustomerRepository {

    private final DSLContext dsl;

    @Inject
    JooqCustomerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Customer> findById(TelegramUserId id) {
        return Errors.translate("find customer", () -> dsl.selectFrom(CUSTOMERS)
                .where(CUSTOMERS.TELEGRAM_USER_ID.eq(id.value()))
                .fetchOptional()
                .map(JooqCustomerRepository::toDomain));
    }

    @Override
    public void insert(Customer customer) {
        Errors.translate("insert customer " + customer.id(), () -> dsl.insertInto(CUSTOMERS)
                .set(CUSTOMERS.TELEGRAM_USER_ID, customer.id().value())
                .set(CUSTOMERS.LANGUAGE, customer.language().name())
                .set(CUSTOMERS.LANGUAGE_CHOSEN, customer.languageChosen())
                .set(CUSTOMERS.BLOCKED_BOT_AT, Times.toDb(customer.blockedBotAt().orElse(null)))
                .set(CUSTOMERS.FIRST_SEEN_AT, Times.toDb(customer.firstSeenAt()))
                .set(CUSTOMERS.USERNAME, customer.profile().username())
                .set(CUSTOMERS.FIRST_NAME, customer.profile().firstName())
                .set(CUSTOMERS.LAST_NAME, customer.profile().lastName())
                .set(CUSTOMERS.BANNED_AT, Times.toDb(customer.bannedAt().orElse(null)))
                .set(CUSTOMERS.VERSION, customer.version())
                .execute());
    }

    @Override
    public void update(Customer customer) {
        int updated = Errors.translate("update customer " + customer.id(), () -> dsl.update(CUSTOMERS)
                .set(CUSTOMERS.LANGUAGE, customer.language().name())
                .set(CUSTOMERS.LANGUAGE_CHOSEN, customer.languageChosen())
                .set(CUSTOMERS.BLOCKED_BOT_AT, Times.toDb(customer.blockedBotAt().orElse(null)))
                .set(CUSTOMERS.USERNAME, customer.profile().username())
                .set(CUSTOMERS.FIRST_NAME, customer.profile().firstName())
                .set(CUSTOMERS.LAST_NAME, customer.profile().lastName())
                .set(CUSTOMERS.BANNED_AT, Times.toDb(customer.bannedAt().orElse(null)))
                .set(CUSTOMERS.VERSION, customer.version() + 1)
                .where(CUSTOMERS.TELEGRAM_USER_ID.eq(customer.id().value()))
                .and(CUSTOMERS.VERSION.eq(customer.version()))
                .execute());
        if (updated != 1) {
            throw new ConcurrentUpdateException("customer " + customer.id() + " was changed by someone else or is gone");
        }
    }

    private static Customer toDomain(CustomersRecord row) {
        return Customer.rehydrate(new TelegramUserId(row.getTelegramUserId()), Language.valueOf(row.getLanguage()),
                row.getLanguageChosen(), Times.fromDb(row.getBlockedBotAt()), Times.fromDb(row.getFirstSeenAt()),
                new Customer.Profile(row.getUsername(), row.getFirstName(), row.getLastName()),
                Times.fromDb(row.getBannedAt()), row.getVersion());
    }
}
