package dev.tollgate.application.service.settings;

import dev.tollgate.application.port.out.SettingsStore;
import dev.tollgate.application.port.out.ShopSetting;
import dev.tollgate.application.port.out.ShopSettings;
import dev.tollgate.application.port.out.ShopTerms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The shop's terms: the values stored in the bot over the configuration's defaults (a stored value wins). The merged
 * terms are kept for {@code ttl}, so a change saved on this instance shows at once (it invalidates) and one saved
 * on another instance within {@code ttl}.
 */
public final class OverlaidShopSettings implements ShopSettings {

    private record Snapshot(ShopTerms terms, Map<ShopSetting, String> stored, Instant loadedAt) {
    }

    private final Map<ShopSetting, String> defaults;
    private final SettingsStore store;
    private final Clock clock;
    private final Duration ttl;
    private volatile Snapshot snapshot;

    public OverlaidShopSettings(Map<ShopSetting, String> defaults, SettingsStore store, Clock clock, Duration ttl) {
        this.defaults = Map.copyOf(defaults);
        this.store = store;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public ShopTerms current() {
        return load().terms();
    }

    /** The configuration's value of a setting (canonical), empty text for none. */
    public String configured(ShopSetting setting) {
        return defaults.getOrDefault(setting, "");
    }

    /** The values stored in the bot, read afresh. */
    Map<ShopSetting, String> stored() {
        invalidate();
        return load().stored();
    }

    /** Forgets the cached terms; the next read goes to the store. */
    public void invalidate() {
        snapshot = null;
    }

    private Snapshot load() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.loadedAt().plus(ttl)) && !now.isBefore(current.loadedAt())) {
            return current;
        }
        Map<ShopSetting, String> stored = store.all();
        Map<ShopSetting, String> merged = new EnumMap<>(ShopSetting.class);
        merged.putAll(defaults);
        merged.putAll(stored);
        Snapshot fresh = new Snapshot(new ShopTerms(merged), Map.copyOf(stored), now);
        snapshot = fresh;
        return fresh;
    }
}
