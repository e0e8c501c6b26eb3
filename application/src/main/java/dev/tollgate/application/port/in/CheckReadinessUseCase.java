package dev.tollgate.application.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Whether the app can serve: the database answers now; the bot and the panels as last seen (never a live panel call). */
public interface CheckReadinessUseCase {

    Readiness check();

    /** {@code bot} is "off" without a token, else "configured"; panels are the counts of the last reconcile run. */
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

    record PanelSummary(int up, int down, Instant checkedAt) {
    }
}
