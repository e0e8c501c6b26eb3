package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.PaymentCheckouts;
import dev.tollgate.domain.payment.PaymentProvider;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Open provider payments in a map, unique by (provider, external id) as in the database. */
public final class InMemoryPaymentCheckouts implements PaymentCheckouts {

    private record Key(PaymentProvider provider, String externalId) {
    }

    private final Map<Key, Checkout> open = new LinkedHashMap<>();
    private final Map<Key, Instant> closed = new LinkedHashMap<>();

    @Override
    public synchronized void open(Checkout checkout) {
        Key key = new Key(checkout.provider(), checkout.externalId());
        if (open.containsKey(key) || closed.containsKey(key)) {
            throw new DuplicateKeyException("checkout " + key + " exists");
        }
        open.put(key, checkout);
        all.put(key, checkout);
    }

    @Override
    public synchronized List<Checkout> findOpen(PaymentProvider provider, int limit) {
        return open.values().stream().filter(checkout -> checkout.provider() == provider)
                .sorted(Comparator.comparing(Checkout::openedAt).thenComparing(Checkout::externalId))
                .limit(limit).toList();
    }

    private final Map<Key, Checkout> all = new LinkedHashMap<>();

    @Override
    public synchronized boolean reopen(PaymentProvider provider, String externalId) {
        Key key = new Key(provider, externalId);
        if (closed.remove(key) == null) {
            return false;
        }
        open.put(key, all.get(key));
        return true;
    }

    @Override
    public synchronized boolean isOpen(PaymentProvider provider, String externalId) {
        return open.containsKey(new Key(provider, externalId));
    }

    @Override
    public synchronized boolean close(PaymentProvider provider, String externalId, Instant now) {
        Key key = new Key(provider, externalId);
        if (open.remove(key) == null) {
            return false;
        }
        closed.put(key, now);
        return true;
    }
}
