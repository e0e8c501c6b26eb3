package dev.tollgate.application.port.out;

import java.util.Map;

/** The values admins stored for the shop's settings; a setting without a row follows the configuration. */
public interface SettingsStore {

    /** Every stored value, by setting (rows of unknown keys are skipped). */
    Map<ShopSetting, String> all();

    /** Stores the value, replacing a stored one. */
    void put(ShopSetting setting, String value);

    /** Forgets the stored value, so the configuration's applies again; one that is not stored is not an error. */
    void remove(ShopSetting setting);
}
