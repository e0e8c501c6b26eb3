package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import java.util.List;

/**
 * Finds customers by what staff know of them: the exact Telegram id, the start of an order's or a subscription's
 * id, or a piece of a subscription's panel email. Case-insensitive; wildcards in the fragment are plain characters.
 */
public interface CustomerSearch {

    /** Fewer than {@link #MIN_FRAGMENT} characters match only a Telegram id; results ordered by Telegram id. */
    List<TelegramUserId> find(String fragment, int limit);

    int MIN_FRAGMENT = 4;
}
