package dev.tollgate.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClientCredentialTest {

    @Test
    void isShopEmail_ofAnIssuedCredential_isTrueInAnyCase() {
        ClientCredential issued = ClientCredential.issue(new TelegramUserId(123456789), new SubscriptionId(UUID.randomUUID()),
                Protocol.VLESS, null);

        assertThat(ClientCredential.isShopEmail(issued.email())).isTrue();
        assertThat(ClientCredential.isShopEmail(issued.email().toUpperCase(java.util.Locale.ROOT))).isTrue();
    }

    @Test
    void isShopEmail_ofOtherNames_isFalse() {
        assertThat(ClientCredential.isShopEmail("alice")).isFalse();
        assertThat(ClientCredential.isShopEmail("tg0-0a1b2c3d")).as("no user 0").isFalse();
        assertThat(ClientCredential.isShopEmail("tg12-0a1b2c3")).as("7 hex").isFalse();
        assertThat(ClientCredential.isShopEmail("tg12-0a1b2c3dx")).isFalse();
        assertThat(ClientCredential.isShopEmail("tg12345678901234567-0a1b2c3d")).as("longer than any Telegram id").isFalse();
        assertThat(ClientCredential.isShopEmail(null)).isFalse();
    }
}
