package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.FeedTokens;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readable tokens for tests: "token-<user id>", and "token-<user id>-v<version>" after a reset. */
public final class FixedFeedTokens implements FeedTokens {

    private static final Pattern FORMAT = Pattern.compile("token-([1-9][0-9]{0,17})(?:-v([1-9][0-9]{0,5}))?");

    @Override
    public String tokenFor(TelegramUserId user, int version) {
        return "token-" + user.value() + (version == 0 ? "" : "-v" + version);
    }

    @Override
    public Optional<Claim> read(String token) {
        Matcher matcher = token == null ? null : FORMAT.matcher(token);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Claim(new TelegramUserId(Long.parseLong(matcher.group(1))),
                matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2))));
    }
}
