package dev.tollgate.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.tollgate.bootstrap.jobs.Jobs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The whole configuration after the YAML file and the TOLLGATE_* environment variables are merged. */
@JsonIgnoreProperties(ignoreUnknown = false)
record TollgateConfig(Bot bot, Database database, Security security, Trial trial, Display display, Http http,
                      Payments payments, Commerce commerce, Jobs jobs,
                      List<Server> servers, List<PlanEntry> plans, Shop shop) {

    /** What buyers are told: the support account, the FAQ and setup guides, per language (en, fa, ru). */
    record Shop(String support, Map<String, String> faq, List<Guide> guides,
                @com.fasterxml.jackson.annotation.JsonAlias("require-channel") String requireChannel,
                @com.fasterxml.jackson.annotation.JsonAlias("terms-url") String termsUrl, Map<String, String> terms) {
    }

    record Guide(String platform, Map<String, String> name, Map<String, String> text) {
    }

    record Bot(String token, String apiUrl, Set<Long> adminIds, String mode, String webhookPath, String webhookSecret,
               Integer workers, Duration lease) {
    }

    record Database(String url, String user, String password, Integer poolSize) {
    }

    record Security(String secretKey, String secretKeyFile) {
    }

    record Trial(String duration, String traffic, String server) {
    }

    record Display(String timeZone) {
    }

    record Http(String host, Integer port, String publicUrl, String shopName, String supportUrl, Integer updateIntervalHours,
                Integer subRequestsPerMinute, Duration feedCacheTtl, Duration idleTimeout, Integer maxThreads, String metricsToken) {
    }

    record Payments(String cardNumber, String cardHolder, String cardCurrency, TelegramProvider telegram,
                    CryptoBot cryptoBot, Duration pollInterval) {
    }

    record TelegramProvider(String providerToken, String currencies) {
    }

    record CryptoBot(String token, String network, String currencies, String acceptedAssets, String webhookPath,
                     String apiUrl) {
    }

    record Commerce(Duration orderPayWithin, Integer referralCashbackPercent, Duration provisioningFirstRetry,
                    Duration provisioningMaxRetryDelay, Integer provisioningMaxAttempts) {
    }

    record Jobs(Duration pendingRetryInterval, Duration pendingGrace, Duration reconcileInterval, Duration provisioningInterval,
                Duration limitsInterval, Duration remindersInterval, Duration autoRenewInterval, Duration autoRenewWindow,
                Duration expireOrdersInterval, Duration backupInterval) {
    }

    record PlanEntry(String id, String name, String duration, String traffic, Integer deviceLimit,
                     Boolean startOnFirstUse, String renewDays, String renewTraffic, Map<String, String> prices,
                     List<String> servers, List<String> groups, Boolean active,
                     @com.fasterxml.jackson.annotation.JsonAlias("traffic-packs") List<TrafficPackEntry> trafficPacks,
                     Boolean allLocations) {
    }

    /** Extra traffic sold with a plan's subscriptions for the current term: {@code {gb: 50, prices: {USD: 2.00}}}. */
    record TrafficPackEntry(String gb, Map<String, String> prices) {
    }

    record Server(String id, String kind, String name, String protocol, String address, String inbound,
                  String username, String password, String apiToken, Map<String, String> options,
                  String publicHost, Integer publicPort, Map<String, String> link, List<String> groups,
                  Integer maxClients, Boolean salesOpen) {
    }
}
