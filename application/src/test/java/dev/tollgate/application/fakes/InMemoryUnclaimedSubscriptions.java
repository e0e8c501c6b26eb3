package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.UnclaimedSubscriptions;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Unclaimed imports keyed by server and email, with unique codes, as the database keys them. */
public final class InMemoryUnclaimedSubscriptions implements UnclaimedSubscriptions {

    private final Map<String, Unclaimed> byKey = new LinkedHashMap<>();
    private final List<Map.Entry<TelegramUserId, Instant>> attempts = new ArrayList<>();

    private static String key(ServerId server, String email) {
        return server.value() + "\n" + email;
    }

    @Override
    public synchronized void insert(Unclaimed unclaimed) {
        if (byKey.containsKey(key(unclaimed.server(), unclaimed.email()))
                || byKey.values().stream().anyMatch(u -> u.code().equals(unclaimed.code()))) {
            throw new DuplicateKeyException("unclaimed " + unclaimed.email() + " on " + unclaimed.server() + " exists");
        }
        byKey.put(key(unclaimed.server(), unclaimed.email()), unclaimed);
    }

    @Override
    public synchronized Optional<Unclaimed> findByCode(String code) {
        return byKey.values().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    @Override
    public synchronized Set<String> emailsOn(ServerId server) {
        return byKey.values().stream().filter(u -> u.server().equals(server)).map(Unclaimed::email)
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized boolean markClaimed(String code, TelegramUserId by, SubscriptionId subscription, Instant at) {
        Optional<Unclaimed> found = findByCode(code).filter(u -> u.claimedBy().isEmpty());
        if (found.isEmpty()) {
            return false;
        }
        Unclaimed u = found.get();
        byKey.put(key(u.server(), u.email()), new Unclaimed(u.server(), u.email(), u.secret(), u.enabled(), u.quota(),
                u.used(), u.expiresAt(), u.delayedStart(), u.deviceLimit(), u.code(), u.importedAt(), Optional.of(by),
                Optional.of(subscription)));
        return true;
    }

    @Override
    public synchronized List<Unclaimed> unclaimed(int offset, int limit) {
        return byKey.values().stream().filter(u -> u.claimedBy().isEmpty())
                .sorted(Comparator.comparing(Unclaimed::importedAt).thenComparing(u -> u.server().value())
                        .thenComparing(Unclaimed::email))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized int countUnclaimed() {
        return (int) byKey.values().stream().filter(u -> u.claimedBy().isEmpty()).count();
    }

    @Override
    public synchronized void recordAttempt(TelegramUserId user, Instant at) {
        attempts.add(Map.entry(user, at));
    }

    @Override
    public synchronized int attemptsSince(TelegramUserId user, Instant since) {
        return (int) attempts.stream().filter(a -> a.getKey().equals(user) && !a.getValue().isBefore(since)).count();
    }
}
