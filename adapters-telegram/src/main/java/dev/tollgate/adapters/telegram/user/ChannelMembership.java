package dev.tollgate.adapters.telegram.user;

/**
 * Whether a user is in the shop's channel, as Telegram answers getChatMember; the screens ask it, the runtime calls
 * the Bot API. {@link Status#UNKNOWN} when Telegram cannot tell (unknown chat, the bot not an admin there, no answer).
 */
public interface ChannelMembership {

    enum Status { MEMBER, NOT_MEMBER, UNKNOWN }

    Status status(String channel, long user);
}
