package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.SHOP_SETTINGS;

import dev.tollgate.application.port.out.SettingsStore;
import dev.tollgate.application.port.out.ShopSetting;
import java.util.EnumMap;
import java.util.Map;
import jakarta.inject.Inject;
import org.jooq.DSLContext;

/** Stored shop settings on H2 or PostgreSQL: one row per setting, replaced by an upsert; rows of unknown keys are skipped. */
final class JooqSettingsStore implements SettingsStore {

    private final DSLContext dsl;

    @Inject
    JooqSettingsStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<ShopSetting, String> all() {
        return Errors.translate("read the shop settings", () -> {
            Map<ShopSetting, String> values = new EnumMap<>(ShopSetting.class);
            dsl.selectFrom(SHOP_SETTINGS).fetch().forEach(row -> ShopSetting.ofKey(row.getSettingKey())
                    .ifPresent(setting -> values.put(setting, row.getSettingValue())));
            return values;
        });
    }

    @Override
    public void put(ShopSetting setting, String value) {
        Errors.translate("store the shop setting " + setting.key(), () -> dsl.insertInto(SHOP_SETTINGS)
                .set(SHOP_SETTINGS.SETTING_KEY, setting.key())
                .set(SHOP_SETTINGS.SETTING_VALUE, value)
                .onConflict(SHOP_SETTINGS.SETTING_KEY)
                .doUpdate()
                .set(SHOP_SETTINGS.SETTING_VALUE, value)
                .execute());
    }

    @Override
    public void remove(ShopSetting setting) {
        Errors.translate("reset the shop setting " + setting.key(), () -> dsl.deleteFrom(SHOP_SETTINGS)
                .where(SHOP_SETTINGS.SETTING_KEY.eq(setting.key())).execute());
    }
}
