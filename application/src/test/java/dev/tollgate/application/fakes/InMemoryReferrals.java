package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.referral.Referral;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Referrals keyed by the referred user, as the database's primary key. */
public final class InMemoryReferrals implements Referrals {

    private final Map<TelegramUserId, Referral> rows = new ConcurrentHashMap<>();

    @Override
    public void record(Referral referral) {
        if (rows.putIfAbsent(referral.referred(), referral) != null) {
            throw new DuplicateKeyException("user " + referral.referred() + " already has a referrer");
        }
    }

    @Override
    public Optional<TelegramUserId> referrerOf(TelegramUserId referred) {
        return Optional.ofNullable(rows.get(referred)).map(Referral::referrer);
    }

    @Override
    public int countReferredBy(TelegramUserId referrer) {
        return (int) rows.values().stream().filter(r -> r.referrer().equals(referrer)).count();
    }
}
