package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.CustomerSearch;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The customer search over the in-memory stores, with the database's matching rules. */
public final class InMemoryCustomerSearch implements CustomerSearch {

    private final InMemoryCustomerRepository customers;
    private final InMemoryOrderRepository orders;
    private final InMemorySubscriptionRepository subscriptions;

    public InMemoryCustomerSearch(InMemoryCustomerRepository customers, InMemoryOrderRepository orders,
                                  InMemorySubscriptionRepository subscriptions) {
        this.customers = customers;
        this.orders = orders;
        this.subscriptions = subscriptions;
    }

    @Override
    public List<TelegramUserId> find(String fragment, int offset, int limit) {
        String text = fragment.strip().toLowerCase(Locale.ROOT);
        TreeSet<Long> found = new TreeSet<>();
        if (telegramId(text) > 0) {
            customers.ids().stream().filter(id -> id.value() == telegramId(text)).forEach(id -> found.add(id.value()));
        }
        for (TelegramUserId id : customers.ids()) {
            Customer.Profile profile = customers.findById(id).orElseThrow().profile();
            if (text.length() >= MIN_FRAGMENT ? matches(profile, text) : text.equals(lower(profile.username()))
                    || text.equals(lower(profile.firstName()))) {
                found.add(id.value());
            }
        }
        if (text.length() >= MIN_FRAGMENT) {
            orders.all().stream().filter(o -> o.id().value().toString().startsWith(text))
                    .forEach(o -> found.add(o.customer().value()));
            for (Subscription s : subscriptions.findByStatus(EnumSet.allOf(SubscriptionStatus.class))) {
                if (s.id().value().toString().startsWith(text)
                        || s.credential().email().toLowerCase(Locale.ROOT).contains(text)) {
                    found.add(s.owner().value());
                }
            }
        }
        return found.stream().skip(offset).limit(limit).map(TelegramUserId::new).toList();
    }

    private static boolean matches(Customer.Profile profile, String text) {
        return lower(profile.username()).contains(text) || lower(profile.firstName()).contains(text)
                || lower(profile.lastName()).contains(text)
                || ((lower(profile.firstName()) + " " + lower(profile.lastName())).contains(text));
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
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
