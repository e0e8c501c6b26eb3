package dev.tollgate.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.Secret;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HmacFeedTokensTest {

    private final HmacFeedTokens tokens = new HmacFeedTokens(new Secret(Base64.getEncoder().encodeToString(new byte[32])));

    @Test
    void verify_ofAnIssuedToken_returnsItsUser() {
        TelegramUserId user = new TelegramUserId(5_123_456_789L);
        String token = tokens.tokenFor(user);
        assertThat(token).matches("[0-9a-z]+\\.[A-Za-z0-9_-]{18}").doesNotContain("5123456789");
        assertThat(tokens.verify(token)).contains(user);
    }

    @Test
    void verify_withAnotherUsersIdOrAChangedSignature_refuses() {
        String token = tokens.tokenFor(new TelegramUserId(1001));
        String otherUser = Long.toString(1002, 36) + token.substring(token.indexOf('.'));
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(tokens.verify(otherUser)).isEmpty();
        assertThat(tokens.verify(tampered)).isEmpty();
    }

    @Test
    void verify_ofGarbage_refusesWithoutThrowing() {
        for (String garbage : new String[] {null, "", ".", "zzzzzzzzzzzzzzzzzzzz.aaaaaaaaaaaaaaaaaa", "0.aaaaaaaaaaaaaaaaaa",
                "abc", "1001.%00", "a".repeat(5000)}) {
            assertThat(tokens.verify(garbage)).as("%s", garbage).isEmpty();
        }
    }

    @Test
    void tokens_underAnotherKey_doNotVerify() {
        HmacFeedTokens other = new HmacFeedTokens(new Secret(Base64.getEncoder().encodeToString(new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32})));
        assertThat(other.verify(tokens.tokenFor(new TelegramUserId(7)))).isEmpty();
    }

    @Test
    void read_ofAResetToken_returnsItsVersionAndAnotherVersionsSignatureIsRefused() {
        TelegramUserId user = new TelegramUserId(1001);
        String v0 = tokens.tokenFor(user, 0);
        String v3 = tokens.tokenFor(user, 3);
        assertThat(v0).isEqualTo(tokens.tokenFor(user));
        assertThat(v3).isNotEqualTo(v0).matches("[0-9a-z]+-3\\.[A-Za-z0-9_-]{18}");
        assertThat(tokens.read(v3)).contains(new dev.tollgate.application.port.out.FeedTokens.Claim(user, 3));
        assertThat(tokens.verify(v3)).as("only version-0 tokens pass the old check").isEmpty();
        String v4WithV3Signature = v3.replace("-3.", "-4.");
        String v0WithV3Signature = v3.replace("-3.", ".");
        assertThat(tokens.read(v4WithV3Signature)).isEmpty();
        assertThat(tokens.read(v0WithV3Signature)).isEmpty();
    }
}
