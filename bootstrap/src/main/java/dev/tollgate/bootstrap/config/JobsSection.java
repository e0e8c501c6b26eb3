package dev.tollgate.bootstrap.config;

import static dev.tollgate.bootstrap.config.Values.positive;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The {@code jobs.*} intervals: how often each periodic job runs on the cluster (once per interval in all). */
final class JobsSection {

    private JobsSection() {
    }

    static Settings.JobIntervals parse(List<String> problems, TollgateConfig.Jobs j, boolean bot, boolean admins) {
        return new Settings.JobIntervals(
                positive(problems, "jobs.provisioningInterval", j.provisioningInterval()),
                positive(problems, "jobs.limitsInterval", j.limitsInterval()),
                positive(problems, "jobs.remindersInterval", j.remindersInterval()),
                positive(problems, "jobs.autoRenewInterval", j.autoRenewInterval()),
                positive(problems, "jobs.autoRenewWindow", j.autoRenewWindow()),
                positive(problems, "jobs.expireOrdersInterval", j.expireOrdersInterval()),
                backupInterval(problems, j.backupInterval(), bot, admins));
    }

    /** Off when zero; it sends the archive to the admins in Telegram, so it needs the bot and an admin. */
    private static Optional<Duration> backupInterval(List<String> problems, Duration value, boolean bot, boolean admins) {
        if (value == null || value.isZero()) {
            return Optional.empty();
        }
        String key = Variables.key("jobs.backupInterval");
        if (value.isNegative() || value.compareTo(Duration.ofMinutes(1)) < 0) {
            problems.add(key + " must be at least PT1M (PT24H: daily), or PT0S for off");
            return Optional.empty();
        }
        if (!bot || !admins) {
            problems.add(key + " sends the backup to the admins in Telegram: it needs " + Variables.nameOf("bot.token")
                    + " and " + Variables.nameOf("bot.adminIds"));
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
