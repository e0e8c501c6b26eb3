package dev.tollgate.bootstrap.config;

import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.trial.TrialTerms;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The validated, typed configuration the application is built from. */
public record Settings(Secret botToken, URI botApiUrl, Set<Long> adminIds,
                String databaseUrl, String databaseUser, Secret databasePassword, int databasePoolSize,
                Secret secretKey, java.nio.file.Path secretKeyFile,
                TrialTerms trial, Optional<ServerId> trialServer, ZoneId displayZone,
                String httpHost, int httpPort, String publicUrl, Duration pendingRetryInterval, Duration pendingGrace, Duration reconcileInterval,
                List<ServerSettings> servers, Map<ServerId, Set<String>> serverGroups, Commerce commerce, JobIntervals jobs,
                List<ConfiguredPlan> plans, CardPayments card, BotRuntime botRuntime,
                dev.tollgate.bootstrap.http.HttpSettings http, PaymentsSection.Payments payments,
                dev.tollgate.adapters.telegram.StorefrontSettings shop) {

    /** How the bot takes updates (long polling or a webhook) and how many workers handle them. */
    public record BotRuntime(boolean webhook, String webhookPath, Secret webhookSecret, int workers, Duration lease) {
    }

    /** Card-to-card payments: off when the number is empty. */
    public record CardPayments(String number, String holder, String currency) {
    }


    /** A plan from the configuration, synchronised into the database at start. */
    public record ConfiguredPlan(dev.tollgate.domain.plan.PlanId id, String name, dev.tollgate.domain.plan.PlanTerms terms,
                          Map<dev.tollgate.domain.shared.Currency, dev.tollgate.domain.shared.Money> prices,
                          Set<ServerId> servers, Set<String> groups, boolean active,
                          java.util.List<dev.tollgate.domain.plan.TrafficPack> trafficPacks, boolean allLocations) {
        public ConfiguredPlan {
            trafficPacks = java.util.List.copyOf(trafficPacks);
        }

        public ConfiguredPlan(dev.tollgate.domain.plan.PlanId id, String name, dev.tollgate.domain.plan.PlanTerms terms,
                              Map<dev.tollgate.domain.shared.Currency, dev.tollgate.domain.shared.Money> prices,
                              Set<ServerId> servers, Set<String> groups, boolean active,
                              java.util.List<dev.tollgate.domain.plan.TrafficPack> trafficPacks) {
            this(id, name, terms, prices, servers, groups, active, trafficPacks, false);
        }

        public ConfiguredPlan(dev.tollgate.domain.plan.PlanId id, String name, dev.tollgate.domain.plan.PlanTerms terms,
                              Map<dev.tollgate.domain.shared.Currency, dev.tollgate.domain.shared.Money> prices,
                              Set<ServerId> servers, Set<String> groups, boolean active) {
            this(id, name, terms, prices, servers, groups, active, java.util.List.of(), false);
        }
    }


    /** Order and payment rules. */
    public record Commerce(Duration orderPayWithin, int referralCashbackPercent, Duration provisioningFirstRetry,
                    Duration provisioningMaxRetryDelay, int provisioningMaxAttempts) {
    }

    /** How often each commerce job runs; the backup to the owners only when {@code backup} is present. */
    public record JobIntervals(Duration provisioning, Duration limits, Duration reminders, Duration autoRenew,
                        Duration autoRenewWindow, Duration expireOrders, Optional<Duration> backup) {
    }


    public boolean botEnabled() {
        return !botToken.isEmpty();
    }
}
