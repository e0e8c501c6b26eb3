package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.ForgedNotificationException;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.port.out.PaymentProviderException;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A pay-link provider in memory that notifies over HTTP and can be looked up (as CryptoBot): payments open, are paid
 * or expire by hand; notifications carry a SHA-256 signature of a secret and the body, so forgeries are refused.
 */
public final class InMemoryPaymentGateway implements PaymentGateway {

    private static final String SECRET = "in-memory-provider-secret";

    private record Stored(OrderId order, Money amount, State state) {
    }

    /** A notification as it would arrive over HTTP. */
    public record Notification(Map<String, String> headers, byte[] body) {
    }

    private final PaymentProvider provider;
    private final Set<Currency> currencies;
    private final Map<String, Stored> payments = new LinkedHashMap<>();
    private final String prefix = java.util.UUID.randomUUID().toString().substring(0, 8);
    private int next = 1;
    private volatile boolean down;

    public InMemoryPaymentGateway(PaymentProvider provider, Set<Currency> currencies) {
        this.provider = provider;
        this.currencies = EnumSet.copyOf(currencies);
    }

    @Override
    public PaymentProvider provider() {
        return provider;
    }

    @Override
    public boolean accepts(Currency currency) {
        return currencies.contains(currency);
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.NOTIFIES_OVER_HTTP, Capability.LOOK_UP);
    }

    @Override
    public String notificationPath() {
        return "/payments/in-memory";
    }

    @Override
    public synchronized Checkout open(Charge charge) {
        if (!accepts(charge.amount().currency())) {
            throw new IllegalArgumentException("not configured for " + charge.amount().currency());
        }
        if (down) {
            throw new PaymentProviderException("the provider is down");
        }
        // Unique across gateway instances too: tests on one database must not meet each other's payments.
        String id = "IV-" + prefix + "-" + next++;
        payments.put(id, new Stored(charge.order(), charge.amount(), State.OPEN));
        return new PayLink(id, "https://pay.example/" + id);
    }

    /** The payer pays; returns the notification the provider sends (deliver it, replay it or lose it). */
    public synchronized Notification pay(String externalId) {
        Stored stored = payments.get(externalId);
        payments.put(externalId, new Stored(stored.order(), stored.amount(), State.PAID));
        return notification(externalId);
    }

    public synchronized void expire(String externalId) {
        Stored stored = payments.get(externalId);
        payments.put(externalId, new Stored(stored.order(), stored.amount(), State.EXPIRED));
    }

    public synchronized Notification notification(String externalId) {
        Stored stored = payments.get(externalId);
        byte[] body = (externalId + "|" + stored.order() + "|" + stored.amount().minorUnits() + "|"
                + stored.amount().currency() + "|" + stored.state()).getBytes(StandardCharsets.UTF_8);
        return new Notification(Map.of("x-signature", sign(body)), body);
    }

    /** Look-ups fail while down. */
    public void down(boolean isDown) {
        down = isDown;
    }

    @Override
    public Optional<PaymentState> read(Map<String, String> headers, byte[] body) {
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.UTF_8),
                headers.getOrDefault("x-signature", "").getBytes(StandardCharsets.UTF_8))) {
            throw new ForgedNotificationException("bad signature");
        }
        String[] fields = new String(body, StandardCharsets.UTF_8).split("\\|");
        return Optional.of(new PaymentState(fields[0], Optional.of(OrderId.parse(fields[1])), State.valueOf(fields[4]),
                Money.of(Long.parseLong(fields[2]), Currency.valueOf(fields[3]))));
    }

    @Override
    public synchronized List<PaymentState> lookUp(List<String> externalIds) {
        if (down) {
            throw new PaymentProviderException("the provider is down");
        }
        List<PaymentState> states = new ArrayList<>();
        for (String id : externalIds) {
            Stored stored = payments.get(id);
            if (stored != null) {
                states.add(new PaymentState(id, Optional.of(stored.order()), stored.state(), stored.amount()));
            }
        }
        return states;
    }

    private static String sign(byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(SECRET.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
