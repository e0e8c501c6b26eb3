package dev.tollgate.application.port.out;

import dev.tollgate.domain.broadcast.Segment;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.List;

/** The customers of a segment who have not blocked the bot and are not banned from the shop, in Telegram id order. */
public interface BroadcastAudience {

    List<TelegramUserId> members(Segment segment);
}
