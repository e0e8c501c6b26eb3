package dev.tollgate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.adapters.telegram.StorefrontSettings;
import dev.tollgate.domain.customer.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorefrontGatesSectionTest {

    @Test
    void load_withoutGates_leavesBothOff() {
        StorefrontSettings shop = new ConfigLoader().load(Map.of()).shop();
        assertThat(shop.requiredChannel()).isEmpty();
        assertThat(shop.asksForTerms()).isFalse();
    }

    @Test
    void load_channelAndTermsFromTheEnvironment_turnBothGatesOn() {
        StorefrontSettings shop = new ConfigLoader().load(Map.of("TOLLGATE_SHOP_REQUIRE_CHANNEL", "tollgate_news",
                "TOLLGATE_SHOP_TERMS_URL", "https://shop.example.com/terms", "TOLLGATE_SHOP_TERMS_FA", "قوانین")).shop();
        assertThat(shop.requiredChannel()).isEqualTo("@tollgate_news");
        assertThat(shop.channelLink()).contains("https://t.me/tollgate_news");
        assertThat(shop.termsUrl()).isEqualTo("https://shop.example.com/terms");
        assertThat(shop.terms()).containsExactly(Map.entry(Language.FA, "قوانین"));
        assertThat(shop.asksForTerms()).isTrue();
        assertThat(new ConfigLoader().load(Map.of("TOLLGATE_SHOP_REQUIRE_CHANNEL", "-1001234567890")).shop().channelLink())
                .isEmpty();
    }

    @Test
    void load_aBadChannelOrTermsUrl_isRefusedNamingTheVariable() {
        assertThatThrownBy(() -> new ConfigLoader().load(Map.of("TOLLGATE_SHOP_REQUIRE_CHANNEL", "@a b",
                "TOLLGATE_SHOP_TERMS_URL", "http://shop.example.com/terms")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("TOLLGATE_SHOP_REQUIRE_CHANNEL").hasMessageContaining("TOLLGATE_SHOP_TERMS_URL");
    }
}
