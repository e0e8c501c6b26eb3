package dev.tollgate.application.service.settings;

import dev.tollgate.application.port.in.ShowShopSettingsUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.ShopSetting;
import dev.tollgate.application.service.staff.StaffGuard;
import dev.tollgate.domain.staff.StaffRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every shop setting with its value in effect and the configuration's, read afresh from the store. */
public final class ShowShopSettingsService implements ShowShopSettingsUseCase {

    private final AdminDirectory staff;
    private final OverlaidShopSettings settings;

    public ShowShopSettingsService(AdminDirectory staff, OverlaidShopSettings settings) {
        this.staff = staff;
        this.settings = settings;
    }

    @Override
    public Result show(Command command) {
        if (!StaffGuard.allows(staff, command.admin(), StaffRole.ADMIN, "read the shop settings")) {
            return new Refused();
        }
        Map<ShopSetting, String> stored = settings.stored();
        List<Row> rows = new ArrayList<>();
        for (ShopSetting setting : ShopSetting.values()) {
            String configured = settings.configured(setting);
            rows.add(new Row(setting, stored.getOrDefault(setting, configured), configured, stored.containsKey(setting)));
        }
        return new Settings(rows);
    }
}
