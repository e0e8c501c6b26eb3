package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.TERMS_ACCEPTANCES;

import dev.tollgate.application.port.out.TermsAcceptances;
import dev.tollgate.domain.customer.TelegramUserId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

final class JooqTermsAcceptances implements TermsAcceptances {

    private final DSLContext dsl;

    @Inject
    JooqTermsAcceptances(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Instant> acceptedAt(TelegramUserId user) {
        return Errors.translate("read terms acceptance", () -> dsl.select(TERMS_ACCEPTANCES.ACCEPTED_AT)
                .from(TERMS_ACCEPTANCES).where(TERMS_ACCEPTANCES.USER_ID.eq(user.value()))
                .fetchOptional(TERMS_ACCEPTANCES.ACCEPTED_AT).map(Times::fromDb));
    }

    @Override
    public void accept(TelegramUserId user, Instant at) {
        Errors.translate("record terms acceptance of " + user, () -> dsl.insertInto(TERMS_ACCEPTANCES)
                .set(TERMS_ACCEPTANCES.USER_ID, user.value()).set(TERMS_ACCEPTANCES.ACCEPTED_AT, Times.toDb(at))
                .onConflictDoNothing().execute());
    }
}
