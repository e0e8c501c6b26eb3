package dev.tollgate.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** After "reset my link" the old /sub URL answers 404 at once, even while its feed is kept in memory. */
class ResetLinkHttpTest {

    private final FrontFixture fixture = new FrontFixture(new HttpSettings("127.0.0.1", 0, "", "Tollgate Shop",
            "https://t.me/support", 12, 0, Duration.ofMinutes(5), Duration.ofSeconds(15), 8, ""));

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void subscriptionUrl_afterAReset_isNotFoundAndTheNewOneServesTheFeed() throws Exception {
        fixture.active(7, "de-1", 50, 1, 20);
        assertThat(fixture.get("/sub/token-7", "User-Agent", "v2rayNG/1.8.5").statusCode()).isEqualTo(200);

        fixture.versions.advance(new TelegramUserId(7), Instant.now());

        assertThat(fixture.get("/sub/token-7", "User-Agent", "v2rayNG/1.8.5").statusCode()).isEqualTo(404);
        assertThat(fixture.get("/sub/token-7", "User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/120").statusCode())
                .isEqualTo(404);
        assertThat(fixture.get("/sub/token-7-v1", "User-Agent", "v2rayNG/1.8.5").statusCode()).isEqualTo(200);
    }
}
