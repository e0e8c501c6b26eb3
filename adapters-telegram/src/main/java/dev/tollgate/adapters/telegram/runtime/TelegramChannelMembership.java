package dev.tollgate.adapters.telegram.runtime;

import dev.tollgate.adapters.telegram.user.ChannelMembership;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * getChatMember on the required channel. Owners, admins and members are in; a restricted user is in while
 * {@code is_member} is true; "left" and "kicked" are out. Telegram answers 400 "chat not found" for a wrong channel
 * and 400 "member list is inaccessible" while the bot is not an administrator of it: both are the operator's to fix,
 * so they are logged once per description and the answer is {@code UNKNOWN} (the gate then lets users through).
 */
public final class TelegramChannelMembership implements ChannelMembership {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramChannelMembership.class);

    private final TelegramClient client;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    public TelegramChannelMembership(TelegramClient client) {
        this.client = client;
    }

    @Override
    public Status status(String channel, long user) {
        try {
            ChatMember member = client.execute(GetChatMember.builder().chatId(channel).userId(user).build());
            return switch (member.getStatus()) {
                case "creator", "administrator", "member" -> Status.MEMBER;
                case "restricted" -> member instanceof ChatMemberRestricted restricted
                        && Boolean.TRUE.equals(restricted.getIsMember()) ? Status.MEMBER : Status.NOT_MEMBER;
                default -> Status.NOT_MEMBER;
            };
        } catch (TelegramApiRequestException e) {
            String problem = e.getErrorCode() + " " + e.getApiResponse();
            if (reported.add(problem)) {
                LOG.warn("cannot check who is in the required channel {}: Telegram answers {}; until it is fixed (the bot "
                        + "must be an administrator of the channel) users are not asked to join", channel, problem);
            }
            return Status.UNKNOWN;
        } catch (TelegramApiException e) {
            LOG.warn("could not ask Telegram whether user {} is in {}: {}", user, channel, e.getMessage());
            return Status.UNKNOWN;
        }
    }
}
