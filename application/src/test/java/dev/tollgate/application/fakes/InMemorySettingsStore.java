package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.SettingsStore;
import dev.tollgate.application.port.out.ShopSetting;
import java.util.EnumMap;
import java.util.Map;

/** Stored shop settings in a map; passes {@link dev.tollgate.application.contracts.SettingsStoreContract}. */
public final class InMemorySettingsStore implements SettingsStore {

    private final Map<ShopSetting, String> values = new EnumMap<>(ShopSetting.class);
    private int reads;

    @Override
    public synchronized Map<ShopSetting, String> all() {
        reads++;
        return Map.copyOf(values);
    }

    @Override
    public synchronized void put(ShopSetting setting, String value) {
        values.put(setting, value);
    }

    @Override
    public synchronized void remove(ShopSetting setting) {
        values.remove(setting);
    }

    /** How often the values were read: the cache in front of the store keeps this low. */
    public synchronized int reads() {
        return reads;
    }
}
