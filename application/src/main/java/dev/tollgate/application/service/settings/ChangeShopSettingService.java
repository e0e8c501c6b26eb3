package dev.tollgate.application.service.settings;

import dev.tollgate.application.port.in.ChangeShopSettingUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.SettingsStore;
import dev.tollgate.application.port.out.ShopSetting;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.staff.StaffGuard;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Sets or resets one shop setting: the value is checked against the setting's rule, stored with its audit line
 * (the value in effect before and after) in one transaction, and this instance's cached terms are dropped.
 */
public final class ChangeShopSettingService implements ChangeShopSettingUseCase {

    private final AdminDirectory staff;
    private final SettingsStore store;
    private final OverlaidShopSettings settings;
    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ChangeShopSettingService(AdminDirectory staff, SettingsStore store, OverlaidShopSettings settings,
                                    AuditLog audit, TransactionRunner transactions, Clock clock) {
        this.staff = staff;
        this.store = store;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result change(Command command) {
        if (!StaffGuard.allows(staff, command.admin(), StaffRole.ADMIN, "change the shop setting "
                + command.setting().key())) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        Optional<String> value = command.value().isPresent()
                ? SettingRules.canonical(command.setting(), command.value().get()) : Optional.empty();
        if (command.value().isPresent() && value.isEmpty()) {
            return new Refused(Reason.INVALID);
        }
        Instant now = clock.instant();
        ShopSetting setting = command.setting();
        Result result = transactions.inTransaction(() -> {
            Map<ShopSetting, String> stored = store.all();
            String before = stored.getOrDefault(setting, settings.configured(setting));
            if (value.isEmpty() && !stored.containsKey(setting)
                    || value.isPresent() && value.get().equals(stored.get(setting))) {
                return new Refused(Reason.UNCHANGED);
            }
            String after = value.orElse(settings.configured(setting));
            if (value.isPresent()) {
                store.put(setting, value.get());
            } else {
                store.remove(setting);
            }
            audit.record(new AuditEntry(now, command.admin(), value.isPresent() ? AuditAction.SHOP_SETTING_CHANGED
                    : AuditAction.SHOP_SETTING_RESET, "setting " + setting.key(), before, after));
            return new Changed(before, after);
        });
        settings.invalidate();
        return result;
    }
}
