package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.AdminAlerts;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every admin alert for assertions. */
public final class RecordingAdminAlerts implements AdminAlerts {

    private final List<AdminAlert> alerts = new CopyOnWriteArrayList<>();

    @Override
    public void alert(AdminAlert alert) {
        alerts.add(alert);
    }

    public List<AdminAlert> alerts() {
        return List.copyOf(alerts);
    }

    public <T extends AdminAlert> List<T> alerts(Class<T> type) {
        return alerts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
