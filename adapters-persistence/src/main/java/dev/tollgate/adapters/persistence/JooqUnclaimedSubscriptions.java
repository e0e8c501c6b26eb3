package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.CLAIM_ATTEMPTS;
import static dev.tollgate.adapters.persistence.generated.Tables.UNCLAIMED_IMPORTS;

import dev.tollgate.adapters.persistence.generated.tables.records.UnclaimedImportsRecord;
import dev.tollgate.application.port.out.UnclaimedSubscriptions;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.SubscriptionId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/** Unclaimed imports keyed by server and email, codes unique, claims one-time by a conditional update. */
final class JooqUnclaimedSubscriptions implements UnclaimedSubscriptions {

    private final DSLContext dsl;

    @Inject
    JooqUnclaimedSubscriptions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(Unclaimed u) {
        Errors.translate("store unclaimed client " + u.email() + " of " + u.server(), () -> dsl.insertInto(UNCLAIMED_IMPORTS)
                .set(UNCLAIMED_IMPORTS.SERVER_ID, u.server().value())
                .set(UNCLAIMED_IMPORTS.CLIENT_EMAIL, u.email())
                .set(UNCLAIMED_IMPORTS.CLIENT_SECRET, u.secret())
                .set(UNCLAIMED_IMPORTS.ENABLED, u.enabled())
                .set(UNCLAIMED_IMPORTS.QUOTA_BYTES, u.quota().bytes())
                .set(UNCLAIMED_IMPORTS.USED_BYTES, u.used().bytes())
                .set(UNCLAIMED_IMPORTS.EXPIRES_AT, u.expiresAt() == null ? null : Times.toDb(u.expiresAt()))
                .set(UNCLAIMED_IMPORTS.DELAYED_START_SECONDS, u.delayedStart() == null ? null : u.delayedStart().toSeconds())
                .set(UNCLAIMED_IMPORTS.DEVICE_LIMIT, u.deviceLimit())
                .set(UNCLAIMED_IMPORTS.CLAIM_CODE, u.code())
                .set(UNCLAIMED_IMPORTS.IMPORTED_AT, Times.toDb(u.importedAt()))
                .execute());
    }

    @Override
    public Optional<Unclaimed> findByCode(String code) {
        return Errors.translate("find an unclaimed client by code", () -> dsl.selectFrom(UNCLAIMED_IMPORTS)
                .where(UNCLAIMED_IMPORTS.CLAIM_CODE.eq(code)).fetchOptional().map(JooqUnclaimedSubscriptions::toUnclaimed));
    }

    @Override
    public Set<String> emailsOn(ServerId server) {
        return Errors.translate("list unclaimed clients of " + server, () -> new HashSet<>(dsl
                .select(UNCLAIMED_IMPORTS.CLIENT_EMAIL).from(UNCLAIMED_IMPORTS)
                .where(UNCLAIMED_IMPORTS.SERVER_ID.eq(server.value())).fetch(UNCLAIMED_IMPORTS.CLIENT_EMAIL)));
    }

    @Override
    public boolean markClaimed(String code, TelegramUserId by, SubscriptionId subscription, Instant at) {
        return Errors.translate("claim an unclaimed client", () -> dsl.update(UNCLAIMED_IMPORTS)
                .set(UNCLAIMED_IMPORTS.CLAIMED_BY, by.value())
                .set(UNCLAIMED_IMPORTS.CLAIMED_AT, Times.toDb(at))
                .set(UNCLAIMED_IMPORTS.SUBSCRIPTION_ID, subscription.value())
                .where(UNCLAIMED_IMPORTS.CLAIM_CODE.eq(code)).and(UNCLAIMED_IMPORTS.CLAIMED_BY.isNull())
                .execute() == 1);
    }

    @Override
    public List<Unclaimed> unclaimed(int offset, int limit) {
        return Errors.translate("page unclaimed clients", () -> dsl.selectFrom(UNCLAIMED_IMPORTS)
                .where(UNCLAIMED_IMPORTS.CLAIMED_BY.isNull())
                .orderBy(UNCLAIMED_IMPORTS.IMPORTED_AT, UNCLAIMED_IMPORTS.SERVER_ID, UNCLAIMED_IMPORTS.CLIENT_EMAIL)
                .offset(offset).limit(limit).fetch(JooqUnclaimedSubscriptions::toUnclaimed));
    }

    @Override
    public int countUnclaimed() {
        return Errors.translate("count unclaimed clients", () -> dsl.fetchCount(UNCLAIMED_IMPORTS,
                UNCLAIMED_IMPORTS.CLAIMED_BY.isNull()));
    }

    @Override
    public void recordAttempt(TelegramUserId user, Instant at) {
        Errors.translate("record a claim attempt", () -> dsl.insertInto(CLAIM_ATTEMPTS)
                .set(CLAIM_ATTEMPTS.TELEGRAM_USER_ID, user.value())
                .set(CLAIM_ATTEMPTS.ATTEMPTED_AT, Times.toDb(at))
                .execute());
    }

    @Override
    public int attemptsSince(TelegramUserId user, Instant since) {
        return Errors.translate("count claim attempts", () -> dsl.fetchCount(CLAIM_ATTEMPTS,
                CLAIM_ATTEMPTS.TELEGRAM_USER_ID.eq(user.value()).and(CLAIM_ATTEMPTS.ATTEMPTED_AT.ge(Times.toDb(since)))));
    }

    private static Unclaimed toUnclaimed(UnclaimedImportsRecord r) {
        return new Unclaimed(new ServerId(r.getServerId()), r.getClientEmail(), r.getClientSecret(), r.getEnabled(),
                DataSize.ofBytes(r.getQuotaBytes()), DataSize.ofBytes(r.getUsedBytes()),
                r.getExpiresAt() == null ? null : Times.fromDb(r.getExpiresAt()),
                r.getDelayedStartSeconds() == null ? null : Duration.ofSeconds(r.getDelayedStartSeconds()),
                r.getDeviceLimit(), r.getClaimCode(), Times.fromDb(r.getImportedAt()),
                Optional.ofNullable(r.getClaimedBy()).map(TelegramUserId::new),
                Optional.ofNullable(r.getSubscriptionId()).map(SubscriptionId::new));
    }
}
