package dev.tollgate.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Whether the app can serve: the database answers now; the bot and the panels as last seen (never a live panel call). */
public interface CheckReadinessUseCase {

    Readiness check();

    /** {@code bot} is "off" without a token, else "configured"; panels are the recorded checks of the servers. */
    record Readiness(boolean databaseUp, String databaseDetail, String bot, Optional<PanelSummary> panels) {
        public Readiness {
            Objects.requireNonNull(databaseDetail, "databaseDetail");
            Objects.requireNonNull(bot, "bot");
            Objects.requireNonNull(panels, "panels");
        }

        /** Ready means the database answers: a panel that is down leaves the shop selling on the others. */
        public boolean ready() {
            return databaseUp;
        }
    }

    /** Counts over the servers' last checks; {@code checkedAt} is the oldest of them, so a stale record shows. */
    record PanelSummary(int up, int down, Instant checkedAt, List<ServerPanel> servers) {
        public PanelSummary {
            Objects.requireNonNull(checkedAt, "checkedAt");
            servers = List.copyOf(servers);
        }
    }

    /** One server's last recorded check, as {@code /health/ready} lists it. */
    record ServerPanel(String server, boolean up, long latencyMillis, Instant checkedAt, String detail) {
        public ServerPanel {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(checkedAt, "checkedAt");
            detail = detail == null ? "" : detail;
        }
    }
}
