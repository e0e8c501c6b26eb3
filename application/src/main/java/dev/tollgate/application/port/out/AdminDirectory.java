package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Set;

/** Who runs the shop: the Telegram users allowed to use the admin use cases and who receive alerts. */
public interface AdminDirectory {

    boolean isAdmin(TelegramUserId user);

    Set<TelegramUserId> admins();
}
