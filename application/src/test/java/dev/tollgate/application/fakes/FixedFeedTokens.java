package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.FeedTokens;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Optional;

/** Readable tokens for tests: "token-<user id>". */
public final class FixedFeedTokens implements FeedTokens {

    @Override
    public String tokenFor(TelegramUserId user) {
        return "token-" + user.value();
    }

    @Override
    public Optional<TelegramUserId> verify(String token) {
        if (token == null || !token.matches("token-[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(new TelegramUserId(Long.parseLong(token.substring("token-".length()))));
    }
}
