package dev.tollgate.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void everyStatusKindAndPlaceholder_hasATextInEveryLanguage() {
        for (Language language : Language.values()) {
            for (SubscriptionStatus status : SubscriptionStatus.values()) {
                assertThat(Texts.get(language, "status." + status.name())).isNotBlank();
                if (status != SubscriptionStatus.ACTIVE) {
                    assertThat(Texts.placeholder(language, status)).isNotBlank();
                }
            }
            for (SubscriptionKind kind : SubscriptionKind.values()) {
                assertThat(Texts.get(language, "kind." + kind.name())).isNotBlank();
            }
        }
    }
}
