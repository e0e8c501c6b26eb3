package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.SettingsStore;
import dev.tollgate.application.port.out.ShopSetting;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link SettingsStore} must do; run against the in-memory fake, H2 and PostgreSQL. */
public abstract class SettingsStoreContract {

    /** A store with nothing stored. */
    protected abstract SettingsStore emptyStore();

    @Test
    void put_thenAll_givesTheValueBack_andPutAgainReplacesIt() {
        SettingsStore store = emptyStore();
        store.put(ShopSetting.CARD_NUMBER, "6037991234567890");
        store.put(ShopSetting.TRIAL_DURATION, "PT72H");
        store.put(ShopSetting.CARD_NUMBER, "6219861012345678");

        assertThat(store.all()).isEqualTo(Map.of(ShopSetting.CARD_NUMBER, "6219861012345678",
                ShopSetting.TRIAL_DURATION, "PT72H"));
    }

    @Test
    void remove_forgetsTheValue_andRemovingOneNotStoredIsNoError() {
        SettingsStore store = emptyStore();
        store.put(ShopSetting.SUPPORT, "shop_support");
        store.remove(ShopSetting.SUPPORT);
        store.remove(ShopSetting.FAQ_RU);

        assertThat(store.all()).isEmpty();
    }

    @Test
    void put_ofALongFaqInPersian_keepsEveryCharacter() {
        SettingsStore store = emptyStore();
        String faq = "پرسش: چگونه وصل شوم؟\nپاسخ: لینک را در برنامه وارد کنید. ".repeat(70).substring(0, 3_500);
        store.put(ShopSetting.FAQ_FA, faq);

        assertThat(store.all().get(ShopSetting.FAQ_FA)).isEqualTo(faq);
    }
}
