package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import java.util.List;

/**
 * Finds customers by what staff know of them: the exact Telegram id, a piece of their @username or name (as Telegram
 * last sent it), the start of an order's or a subscription's id, or a piece of a subscription's panel email.
 * Case-insensitive; wildcards in the fragment are plain characters.
 */
public interface CustomerSearch {

    /**
     * Fewer than {@link #MIN_FRAGMENT} characters match only a Telegram id, or a username or first name exactly;
     * results ordered by Telegram id.
     */
    default List<TelegramUserId> find(String fragment, int limit) {
        return find(fragment, 0, limit);
    }

    /** One page of the matches: {@code offset} matches skipped, at most {@code limit} returned. */
    List<TelegramUserId> find(String fragment, int offset, int limit);

    int MIN_FRAGMENT = 4;
}
