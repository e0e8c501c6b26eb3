package dev.tollgate.domain.reminder;

import java.time.Duration;

/** The reminders a user gets: before expiry and when traffic runs low. */
public enum ReminderKind {
    EXPIRES_IN_3_DAYS(Duration.ofDays(3), 0),
    EXPIRES_IN_24_HOURS(Duration.ofHours(24), 0),
    EXPIRES_IN_3_HOURS(Duration.ofHours(3), 0),
    TRAFFIC_80_PERCENT(null, 80),
    TRAFFIC_95_PERCENT(null, 95),
    /** Auto-renewal is on but the wallet does not cover the price; told once per period. */
    AUTO_RENEW_UNAFFORDABLE(null, 0);

    private final Duration beforeExpiry;
    private final int trafficPercent;

    ReminderKind(Duration beforeExpiry, int trafficPercent) {
        this.beforeExpiry = beforeExpiry;
        this.trafficPercent = trafficPercent;
    }

    public boolean isExpiry() {
        return beforeExpiry != null;
    }

    public boolean isTraffic() {
        return trafficPercent > 0;
    }

    /** How long before expiry an expiry reminder is due; null for traffic reminders. */
    public Duration beforeExpiry() {
        return beforeExpiry;
    }

    /** The share of the quota that makes a traffic reminder due; zero for expiry reminders. */
    public int trafficPercent() {
        return trafficPercent;
    }
}
