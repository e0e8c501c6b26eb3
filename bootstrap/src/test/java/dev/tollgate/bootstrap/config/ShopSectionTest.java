package dev.tollgate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.adapters.telegram.StorefrontSettings;
import dev.tollgate.domain.customer.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code shop} section: support account, FAQ and guides from the file and the variables, problems named. */
class ShopSectionTest {

    @TempDir
    Path dir;

    @Test
    void shop_byDefault_hasNoSupportAndTheBuiltInTexts() {
        assertThat(new ConfigLoader().load(Map.of()).shop()).isEqualTo(StorefrontSettings.NONE);
    }

    @Test
    void shop_fromTheFileAndVariables_givesTheSupportLinkFaqAndGuides() throws Exception {
        Path file = dir.resolve("tollgate.yml");
        Files.writeString(file, """
                shop:
                  faq:
                    fa: "پرسش‌ها"
                  guides:
                    - platform: Router
                      name: {en: Router}
                      text: {en: "Flash OpenWrt.", ru: "Прошейте OpenWrt."}
                """);
        StorefrontSettings shop = new ConfigLoader().load(Map.of("TOLLGATE_CONFIG", file.toString(),
                "TOLLGATE_SHOP_SUPPORT", "@tollgate_help", "TOLLGATE_SHOP_FAQ_EN", "Ask us.")).shop();
        assertThat(shop.supportLink()).contains("https://t.me/tollgate_help");
        assertThat(shop.faq()).containsEntry(Language.EN, "Ask us.").containsEntry(Language.FA, "پرسش‌ها");
        assertThat(shop.guides()).singleElement().satisfies(g -> {
            assertThat(g.platform()).isEqualTo("router");
            assertThat(g.text()).containsEntry(Language.RU, "Прошейте OpenWrt.");
        });
    }

    @Test
    void shop_withABadSupportNameOrGuide_namesWhatToFix() throws Exception {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, """
                shop:
                  guides:
                    - platform: "no spaces"
                      text: {en: x}
                    - platform: ios
                      text: {de: "Hallo"}
                """);
        assertThatThrownBy(() -> new ConfigLoader().load(Map.of("TOLLGATE_CONFIG", file.toString(),
                "TOLLGATE_SHOP_SUPPORT", "not a name!")))
                .hasMessageContaining("shop.support (TOLLGATE_SHOP_SUPPORT)")
                .hasMessageContaining("shop.guides[0].platform")
                .hasMessageContaining("shop.guides[1].text.de: the language must be en, fa or ru");
    }
}
