package dev.tollgate.bootstrap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.trial.TrialTerms;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.tollgate.bootstrap.http.HttpSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the built-in defaults, then the YAML file ({@code TOLLGATE_CONFIG}, or {@code ./tollgate.yml} when present),
 * then the {@code TOLLGATE_*} environment variables, each overriding the one before, and validates the result.
 */
final class ConfigLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);

    /** Environment variable to configuration path, for every scalar setting. */
    static final Map<String, String> VARIABLES = Map.ofEntries(
            Map.entry("TOLLGATE_BOT_TOKEN", "bot.token"),
            Map.entry("TOLLGATE_BOT_API_URL", "bot.apiUrl"),
            Map.entry("TOLLGATE_ADMIN_IDS", "bot.adminIds"),
            Map.entry("TOLLGATE_BOT_MODE", "bot.mode"),
            Map.entry("TOLLGATE_BOT_WEBHOOK_PATH", "bot.webhookPath"),
            Map.entry("TOLLGATE_BOT_WEBHOOK_SECRET", "bot.webhookSecret"),
            Map.entry("TOLLGATE_BOT_WORKERS", "bot.workers"),
            Map.entry("TOLLGATE_BOT_LEASE", "bot.lease"),
            Map.entry("TOLLGATE_DB_URL", "database.url"),
            Map.entry("TOLLGATE_DB_USER", "database.user"),
            Map.entry("TOLLGATE_DB_PASSWORD", "database.password"),
            Map.entry("TOLLGATE_DB_POOL_SIZE", "database.poolSize"),
            Map.entry("TOLLGATE_SECRET_KEY", "security.secretKey"),
            Map.entry("TOLLGATE_SECRET_KEY_FILE", "security.secretKeyFile"),
            Map.entry("TOLLGATE_TRIAL_DURATION", "trial.duration"),
            Map.entry("TOLLGATE_TRIAL_TRAFFIC", "trial.traffic"),
            Map.entry("TOLLGATE_TRIAL_SERVER", "trial.server"),
            Map.entry("TOLLGATE_TIME_ZONE", "display.timeZone"),
            Map.entry("TOLLGATE_HTTP_HOST", "http.host"),
            Map.entry("TOLLGATE_HTTP_PORT", "http.port"),
            Map.entry("TOLLGATE_PUBLIC_URL", "http.publicUrl"),
            Map.entry("TOLLGATE_HTTP_SHOP_NAME", "http.shopName"),
            Map.entry("TOLLGATE_HTTP_SUPPORT_URL", "http.supportUrl"),
            Map.entry("TOLLGATE_HTTP_UPDATE_INTERVAL_HOURS", "http.updateIntervalHours"),
            Map.entry("TOLLGATE_HTTP_SUB_REQUESTS_PER_MINUTE", "http.subRequestsPerMinute"),
            Map.entry("TOLLGATE_HTTP_FEED_CACHE_TTL", "http.feedCacheTtl"),
            Map.entry("TOLLGATE_HTTP_IDLE_TIMEOUT", "http.idleTimeout"),
            Map.entry("TOLLGATE_HTTP_MAX_THREADS", "http.maxThreads"),
            Map.entry("TOLLGATE_METRICS_TOKEN", "http.metricsToken"),
            Map.entry("TOLLGATE_JOBS_PENDING_RETRY_INTERVAL", "jobs.pendingRetryInterval"),
            Map.entry("TOLLGATE_JOBS_PENDING_GRACE", "jobs.pendingGrace"),
            Map.entry("TOLLGATE_JOBS_RECONCILE_INTERVAL", "jobs.reconcileInterval"),
            Map.entry("TOLLGATE_JOBS_PROVISIONING_INTERVAL", "jobs.provisioningInterval"),
            Map.entry("TOLLGATE_JOBS_LIMITS_INTERVAL", "jobs.limitsInterval"),
            Map.entry("TOLLGATE_JOBS_REMINDERS_INTERVAL", "jobs.remindersInterval"),
            Map.entry("TOLLGATE_JOBS_AUTO_RENEW_INTERVAL", "jobs.autoRenewInterval"),
            Map.entry("TOLLGATE_JOBS_AUTO_RENEW_WINDOW", "jobs.autoRenewWindow"),
            Map.entry("TOLLGATE_JOBS_EXPIRE_ORDERS_INTERVAL", "jobs.expireOrdersInterval"),
            Map.entry("TOLLGATE_JOBS_BACKUP_INTERVAL", "jobs.backupInterval"),
            Map.entry("TOLLGATE_CARD_NUMBER", "payments.cardNumber"),
            Map.entry("TOLLGATE_CARD_HOLDER", "payments.cardHolder"),
            Map.entry("TOLLGATE_CARD_CURRENCY", "payments.cardCurrency"),
            Map.entry("TOLLGATE_ORDER_PAY_WITHIN", "commerce.orderPayWithin"),
            Map.entry("TOLLGATE_REFERRAL_CASHBACK_PERCENT", "commerce.referralCashbackPercent"),
            Map.entry("TOLLGATE_PROVISIONING_FIRST_RETRY", "commerce.provisioningFirstRetry"),
            Map.entry("TOLLGATE_PROVISIONING_MAX_RETRY_DELAY", "commerce.provisioningMaxRetryDelay"),
            Map.entry("TOLLGATE_PROVISIONING_MAX_ATTEMPTS", "commerce.provisioningMaxAttempts"),
            Map.entry("TOLLGATE_SHOP_SUPPORT", "shop.support"),
            Map.entry("TOLLGATE_SHOP_FAQ_EN", "shop.faq.en"),
            Map.entry("TOLLGATE_SHOP_FAQ_FA", "shop.faq.fa"),
            Map.entry("TOLLGATE_SHOP_FAQ_RU", "shop.faq.ru"));

    private static final Pattern SERVER_VARIABLE = Pattern.compile("TOLLGATE_SERVERS_(\\d{1,3})_([A-Z0-9_]+)");
    private static final Pattern PLAN_VARIABLE = Pattern.compile("TOLLGATE_PLANS_(\\d{1,3})_([A-Z0-9_]+)");
    private static final Set<String> PLAN_FIELDS = Set.of("ID", "NAME", "DURATION", "TRAFFIC", "DEVICE_LIMIT",
            "START_ON_FIRST_USE", "RENEW_DAYS", "RENEW_TRAFFIC", "ACTIVE");
    private static final Set<String> SERVER_FIELDS = Set.of("ID", "KIND", "NAME", "PROTOCOL", "ADDRESS", "INBOUND",
            "USERNAME", "PASSWORD", "API_TOKEN", "PUBLIC_HOST", "PUBLIC_PORT", "GROUPS");
    /** Read by others: the file path here, the log level by logback.xml. */
    private static final Set<String> NOT_SETTINGS = Set.of("TOLLGATE_CONFIG", "TOLLGATE_LOG_LEVEL");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(d|h|m|s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)?",
            Pattern.CASE_INSENSITIVE);

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    Settings load(Map<String, String> environment) {
        ObjectNode tree = defaults();
        configFile(environment).ifPresent(file -> merge(tree, readFile(file)));
        applyEnvironment(tree, environment);
        TollgateConfig config;
        try {
            config = yaml.treeToValue(tree, TollgateConfig.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigurationException("the configuration is not valid: " + e.getOriginalMessage(), e);
        }
        return validate(config);
    }

    private ObjectNode defaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/tollgate-defaults.yml")) {
            return (ObjectNode) yaml.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("the built-in defaults cannot be read", e);
        }
    }

    private static Optional<Path> configFile(Map<String, String> environment) {
        String explicit = environment.get("TOLLGATE_CONFIG");
        if (explicit != null && !explicit.isBlank()) {
            Path path = Path.of(explicit);
            if (!Files.isRegularFile(path)) {
                throw new ConfigurationException("TOLLGATE_CONFIG points to " + path.toAbsolutePath() + ", which is not a file");
            }
            return Optional.of(path);
        }
        Path local = Path.of("tollgate.yml");
        return Files.isRegularFile(local) ? Optional.of(local) : Optional.empty();
    }

    private JsonNode readFile(Path file) {
        try {
            JsonNode node = yaml.readTree(file.toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return yaml.createObjectNode();
            }
            if (!node.isObject()) {
                throw new ConfigurationException(file + " must hold a YAML mapping at the top level");
            }
            LOG.info("configuration file {}", file.toAbsolutePath());
            return node;
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the configuration file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void merge(ObjectNode target, JsonNode source) {
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue().isObject()) {
                merge(existingObject, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private void applyEnvironment(ObjectNode tree, Map<String, String> environment) {
        for (Map.Entry<String, String> variable : new TreeMap<>(environment).entrySet()) {
            String name = variable.getKey();
            String value = variable.getValue();
            if (!name.startsWith("TOLLGATE_") || NOT_SETTINGS.contains(name) || name.startsWith("TOLLGATE_TEST_")) {
                continue;
            }
            String path = VARIABLES.get(name);
            if (path != null) {
                setPath(tree, path, name.equals("TOLLGATE_ADMIN_IDS") ? commaList(value) : tree.textNode(value));
                continue;
            }
            Matcher server = SERVER_VARIABLE.matcher(name);
            if (server.matches()) {
                applyServerVariable(tree, Integer.parseInt(server.group(1)), server.group(2), value);
                continue;
            }
            Matcher plan = PLAN_VARIABLE.matcher(name);
            if (plan.matches()) {
                applyPlanVariable(tree, Integer.parseInt(plan.group(1)), plan.group(2), value);
                continue;
            }
            LOG.warn("ignoring unknown variable {} (see the configuration reference in README.md)", name);
        }
    }

    /** "1, 2 3" becomes ["1","2","3"]: admin ids, server and plan groups, plan servers. */
    private ArrayNode commaList(String value) {
        ArrayNode ids = yaml.createArrayNode();
        for (String part : value.split("[,\\s]+")) {
            if (!part.isBlank()) {
                ids.add(part.trim());
            }
        }
        return ids;
    }

    private void applyServerVariable(ObjectNode tree, int index, String field, String value) {
        ArrayNode servers = tree.has("servers") && tree.get("servers").isArray()
                ? (ArrayNode) tree.get("servers") : tree.putArray("servers");
        while (servers.size() <= index) {
            servers.addObject();
        }
        ObjectNode server = (ObjectNode) servers.get(index);
        if (field.startsWith("LINK_")) {
            server.with("link").put(camel(field.substring("LINK_".length())), value);
        } else if (field.startsWith("OPTION_")) {
            server.with("options").put(camel(field.substring("OPTION_".length())), value);
        } else if (field.equals("GROUPS")) {
            server.set("groups", commaList(value));
        } else if (SERVER_FIELDS.contains(field)) {
            server.put(camel(field), value);
        } else {
            throw new ConfigurationException("unknown server setting TOLLGATE_SERVERS_" + index + "_" + field);
        }
    }

    private void applyPlanVariable(ObjectNode tree, int index, String field, String value) {
        ArrayNode plans = tree.has("plans") && tree.get("plans").isArray() ? (ArrayNode) tree.get("plans") : tree.putArray("plans");
        while (plans.size() <= index) {
            plans.addObject();
        }
        ObjectNode plan = (ObjectNode) plans.get(index);
        if (field.startsWith("PRICE_")) {
            plan.with("prices").put(field.substring("PRICE_".length()), value);
        } else if (field.equals("SERVERS") || field.equals("GROUPS")) {
            plan.set(camel(field), commaList(value));
        } else if (PLAN_FIELDS.contains(field)) {
            plan.put(camel(field), value);
        } else {
            throw new ConfigurationException("unknown plan setting TOLLGATE_PLANS_" + index + "_" + field);
        }
    }

    /** PUBLIC_HOST becomes publicHost; HEADER_TYPE becomes headerType. */
    static String camel(String upperSnake) {
        StringBuilder out = new StringBuilder();
        boolean upperNext = false;
        for (char c : upperSnake.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upperNext = true;
            } else {
                out.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            }
        }
        return out.toString();
    }

    private static void setPath(ObjectNode tree, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.with(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }

    private static Settings validate(TollgateConfig config) {
        List<String> problems = new ArrayList<>();
        URI apiUrl = parse(problems, "bot.apiUrl (TOLLGATE_BOT_API_URL)", () -> {
            URI uri = URI.create(config.bot().apiUrl().trim());
            if (uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new IllegalArgumentException("use an http(s) URL such as https://api.telegram.org");
            }
            return uri;
        });
        Duration trialDuration = parse(problems, "trial.duration (TOLLGATE_TRIAL_DURATION)", () -> duration(config.trial().duration()));
        DataSize trialTraffic = parse(problems, "trial.traffic (TOLLGATE_TRIAL_TRAFFIC)", () -> size(config.trial().traffic()));
        TrialTerms trial = trialDuration == null || trialTraffic == null ? null
                : parse(problems, "trial", () -> new TrialTerms(trialDuration, trialTraffic));
        ZoneId zone = parse(problems, "display.timeZone (TOLLGATE_TIME_ZONE)", () -> ZoneId.of(config.display().timeZone()));
        Integer port = config.http().port();
        if (port == null || port < 0 || port > 65535) {
            problems.add("http.port (TOLLGATE_HTTP_PORT) must be 0 to 65535 (0 picks a free port)");
        }
        String publicUrl = nullToEmpty(config.http().publicUrl()).trim();
        if (!publicUrl.isEmpty() && !(publicUrl.startsWith("https://") || publicUrl.startsWith("http://"))) {
            problems.add("http.publicUrl (TOLLGATE_PUBLIC_URL) must be an http(s) URL such as https://shop.example.com");
        }
        HttpSettings http = HttpSection.parse(problems, config.http(), port == null ? 0 : port, publicUrl);
        Duration retry = positive(problems, "jobs.pendingRetryInterval", config.jobs().pendingRetryInterval());
        Duration reconcile = positive(problems, "jobs.reconcileInterval", config.jobs().reconcileInterval());
        Duration pendingGrace = positive(problems, "jobs.pendingGrace", config.jobs().pendingGrace());
        TollgateConfig.Jobs j = config.jobs();
        Settings.JobIntervals jobs = new Settings.JobIntervals(
                positive(problems, "jobs.provisioningInterval", j.provisioningInterval()),
                positive(problems, "jobs.limitsInterval", j.limitsInterval()),
                positive(problems, "jobs.remindersInterval", j.remindersInterval()),
                positive(problems, "jobs.autoRenewInterval", j.autoRenewInterval()),
                positive(problems, "jobs.autoRenewWindow", j.autoRenewWindow()),
                positive(problems, "jobs.expireOrdersInterval", j.expireOrdersInterval()),
                backupInterval(problems, j.backupInterval(), !nullToEmpty(config.bot().token()).isBlank(),
                        config.bot().adminIds() != null && !config.bot().adminIds().isEmpty()));
        TollgateConfig.Commerce c = config.commerce();
        int cashback = c.referralCashbackPercent() == null ? 10 : c.referralCashbackPercent();
        if (cashback < 0 || cashback > 100) {
            problems.add("commerce.referralCashbackPercent (TOLLGATE_REFERRAL_CASHBACK_PERCENT) must be 0 to 100");
        }
        int attempts = c.provisioningMaxAttempts() == null ? 8 : c.provisioningMaxAttempts();
        if (attempts < 1) {
            problems.add("commerce.provisioningMaxAttempts (TOLLGATE_PROVISIONING_MAX_ATTEMPTS) must be at least 1");
        }
        Settings.Commerce commerce = new Settings.Commerce(
                positive(problems, "commerce.orderPayWithin", c.orderPayWithin()), cashback,
                positive(problems, "commerce.provisioningFirstRetry", c.provisioningFirstRetry()),
                positive(problems, "commerce.provisioningMaxRetryDelay", c.provisioningMaxRetryDelay()), attempts);
        List<ServerSettings> servers = new ArrayList<>();
        Set<ServerId> seen = new HashSet<>();
        Map<ServerId, Set<String>> groups = new java.util.HashMap<>();
        List<TollgateConfig.Server> configured = config.servers() == null ? List.of() : config.servers();
        for (int i = 0; i < configured.size(); i++) {
            int index = i;
            ServerSettings server = parse(problems, "servers[" + i + "]", () -> server(configured.get(index)));
            if (server != null && !seen.add(server.id())) {
                problems.add("servers[" + i + "]: the id " + server.id() + " is used twice");
            } else if (server != null) {
                servers.add(server);
                List<String> named = configured.get(i).groups() == null ? List.of() : configured.get(i).groups();
                groups.put(server.id(), named.stream().map(String::trim).filter(g -> !g.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet()));
            }
        }
        List<Settings.ConfiguredPlan> plans = new ArrayList<>();
        List<TollgateConfig.PlanEntry> configuredPlans = config.plans() == null ? List.of() : config.plans();
        Set<String> planIds = new HashSet<>();
        for (int i = 0; i < configuredPlans.size(); i++) {
            int index = i;
            Settings.ConfiguredPlan plan = parse(problems, "plans[" + i + "]", () -> plan(configuredPlans.get(index)));
            if (plan != null && !planIds.add(plan.id().value())) {
                problems.add("plans[" + i + "]: the id " + plan.id() + " is used twice");
            } else if (plan != null) {
                plans.add(plan);
            }
        }
        Set<String> declaredGroups = new HashSet<>();
        groups.values().forEach(declaredGroups::addAll);
        for (Settings.ConfiguredPlan plan : plans) {
            plan.servers().stream().filter(server -> !seen.contains(server)).forEach(server -> problems.add("plans: "
                    + plan.id().value() + " names the server " + server.value() + ", which is not among the servers"));
            plan.groups().stream().filter(group -> !declaredGroups.contains(group)).forEach(group -> problems.add("plans: "
                    + plan.id().value() + " names the group " + group + ", which no server belongs to"));
        }
        TollgateConfig.Payments payments = config.payments();
        String cardCurrency = nullToEmpty(payments.cardCurrency()).trim().toUpperCase(Locale.ROOT);
        if (!nullToEmpty(payments.cardNumber()).isBlank()
                && java.util.Arrays.stream(dev.tollgate.domain.shared.Currency.values()).noneMatch(known -> known.name().equals(cardCurrency))) {
            problems.add("payments.cardCurrency (TOLLGATE_CARD_CURRENCY) must be one of "
                    + java.util.Arrays.toString(dev.tollgate.domain.shared.Currency.values()));
        }
        Settings.CardPayments card = new Settings.CardPayments(nullToEmpty(payments.cardNumber()).trim(),
                nullToEmpty(payments.cardHolder()).trim(), cardCurrency);
        Optional<ServerId> trialServer = Optional.empty();
        String trialServerName = config.trial().server();
        if (trialServerName != null && !trialServerName.isBlank()) {
            trialServer = Optional.ofNullable(parse(problems, "trial.server (TOLLGATE_TRIAL_SERVER)", () -> new ServerId(trialServerName)));
            if (trialServer.isPresent() && !seen.contains(trialServer.get())) {
                problems.add("trial.server (TOLLGATE_TRIAL_SERVER) names " + trialServerName + ", which is not among the servers");
            }
        }
        Set<Long> admins = config.bot().adminIds() == null ? Set.of() : new LinkedHashSet<>(config.bot().adminIds());
        if (admins.stream().anyMatch(id -> id <= 0)) {
            problems.add("bot.adminIds (TOLLGATE_ADMIN_IDS) must be positive Telegram user ids");
        }
        int poolSize = config.database().poolSize() == null ? 10 : config.database().poolSize();
        if (poolSize < 1) {
            problems.add("database.poolSize (TOLLGATE_DB_POOL_SIZE) must be at least 1");
        }
        String dbUrl = config.database().url();
        if (dbUrl == null || !(dbUrl.startsWith("jdbc:h2:") || dbUrl.startsWith("jdbc:postgresql:"))) {
            problems.add("database.url (TOLLGATE_DB_URL) must be a jdbc:h2: or jdbc:postgresql: URL");
        }
        Settings.BotRuntime botRuntime = BotSection.parse(problems, config.bot(), publicUrl);
        dev.tollgate.adapters.telegram.StorefrontSettings shop = ShopSection.parse(problems, config.shop());
        if (!problems.isEmpty()) {
            throw new ConfigurationException("the configuration has problems:\n  - " + String.join("\n  - ", problems));
        }
        return new Settings(new Secret(nullToEmpty(config.bot().token()).trim()), apiUrl, Set.copyOf(admins), dbUrl,
                nullToEmpty(config.database().user()), new Secret(nullToEmpty(config.database().password())), poolSize,
                new Secret(nullToEmpty(config.security().secretKey()).trim()),
                Path.of(nullToEmpty(config.security().secretKeyFile()).isBlank() ? "./data/secret.key" : config.security().secretKeyFile()),
                trial, trialServer, zone, nullToEmpty(config.http().host()), port, publicUrl, retry, pendingGrace, reconcile, List.copyOf(servers), Map.copyOf(groups), commerce, jobs, List.copyOf(plans), card, botRuntime, http, shop);
    }

    private static ServerSettings server(TollgateConfig.Server s) {
        require(s.id(), "id");
        require(s.kind(), "kind");
        require(s.protocol(), "protocol");
        require(s.address(), "address");
        require(s.inbound(), "inbound");
        require(s.publicHost(), "publicHost");
        if (s.publicPort() == null) {
            throw new IllegalArgumentException("publicPort is required");
        }
        Protocol protocol;
        try {
            protocol = Protocol.valueOf(s.protocol().trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("protocol must be one of vless, vmess, trojan, shadowsocks_2022");
        }
        if (protocol == Protocol.SHADOWSOCKS_2022 && "v2ray".equalsIgnoreCase(s.kind().trim())) {
            throw new IllegalArgumentException("shadowsocks_2022 needs an Xray core or a panel; V2Ray cores do not support it");
        }
        return new ServerSettings(new ServerId(s.id().trim()), s.kind().trim().toLowerCase(Locale.ROOT), s.name(), protocol,
                new PanelConnection(s.address().trim(), nullToEmpty(s.inbound()).trim(), s.username(),
                        new Secret(nullToEmpty(s.password())), new Secret(nullToEmpty(s.apiToken())), s.options()),
                new PublicEndpoint(s.publicHost().trim(), s.publicPort(), s.link()));
    }

    private static Settings.ConfiguredPlan plan(TollgateConfig.PlanEntry p) {
        require(p.id(), "id");
        require(p.duration(), "duration");
        dev.tollgate.domain.plan.PlanId id = new dev.tollgate.domain.plan.PlanId(p.id().trim());
        DataSize traffic = p.traffic() == null || p.traffic().isBlank() ? DataSize.ZERO : size(p.traffic());
        dev.tollgate.domain.plan.RenewalPolicy renewal = new dev.tollgate.domain.plan.RenewalPolicy(
                renewMode(p.renewDays(), "renewDays"), renewMode(p.renewTraffic(), "renewTraffic"));
        dev.tollgate.domain.plan.PlanTerms terms = new dev.tollgate.domain.plan.PlanTerms(id, duration(p.duration()), traffic,
                p.deviceLimit() == null ? 0 : p.deviceLimit(), Boolean.TRUE.equals(p.startOnFirstUse()), renewal);
        java.util.Map<dev.tollgate.domain.shared.Currency, dev.tollgate.domain.shared.Money> prices = new java.util.EnumMap<>(
                dev.tollgate.domain.shared.Currency.class);
        if (p.prices() == null || p.prices().isEmpty()) {
            throw new IllegalArgumentException("prices are required, e.g. prices: {XTR: 250, USD: \"4.99\"}");
        }
        p.prices().forEach((code, amount) -> {
            dev.tollgate.domain.shared.Currency currency;
            try {
                currency = dev.tollgate.domain.shared.Currency.valueOf(code.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown currency " + code + "; use one of "
                        + java.util.Arrays.toString(dev.tollgate.domain.shared.Currency.values()));
            }
            BigDecimal major = new BigDecimal(amount.trim());
            if (major.signum() <= 0 || major.scale() > currency.fractionDigits()) {
                throw new IllegalArgumentException("price " + amount + " " + code + " must be positive with at most "
                        + currency.fractionDigits() + " decimals");
            }
            prices.put(currency, dev.tollgate.domain.shared.Money.of(major.movePointRight(currency.fractionDigits()).longValueExact(), currency));
        });
        Set<ServerId> servers = p.servers() == null ? Set.of()
                : p.servers().stream().map(String::trim).map(ServerId::new).collect(java.util.stream.Collectors.toUnmodifiableSet());
        Set<String> groups = p.groups() == null ? Set.of() : Set.copyOf(p.groups());
        if (servers.isEmpty() && groups.isEmpty()) {
            throw new IllegalArgumentException("a plan must grant at least one server or group (servers: [...] or groups: [...])");
        }
        String name = p.name() == null || p.name().isBlank() ? id.value() : p.name().trim();
        return new Settings.ConfiguredPlan(id, name, terms, Map.copyOf(prices), servers, groups, p.active() == null || p.active());
    }

    private static dev.tollgate.domain.plan.RenewalPolicy.Mode renewMode(String text, String field) {
        if (text == null || text.isBlank()) {
            return dev.tollgate.domain.plan.RenewalPolicy.Mode.STACK;
        }
        try {
            return dev.tollgate.domain.plan.RenewalPolicy.Mode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be stack or reset");
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    static Duration duration(String text) {
        String value = text == null ? "" : text.trim();
        if (value.toUpperCase(Locale.ROOT).startsWith("P")) {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        }
        Matcher matcher = DURATION.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("write a duration like 1d, 12h, 30m or PT36H, not '" + value + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "d" -> Duration.ofDays(amount);
            case "h" -> Duration.ofHours(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** Sizes follow the panels' convention: 1 GB is 1024³ bytes, as 3x-UI's and S-UI's forms count it. */
    static DataSize size(String text) {
        String value = text == null ? "" : text.trim();
        Matcher matcher = SIZE.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("write a size like 500MB, 1GB or 1.5GB, not '" + value + "'");
        }
        String unit = matcher.group(2) == null ? "B" : matcher.group(2).toUpperCase(Locale.ROOT).replace("I", "");
        int power = switch (unit) {
            case "KB" -> 1;
            case "MB" -> 2;
            case "GB" -> 3;
            case "TB" -> 4;
            default -> 0;
        };
        BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        return DataSize.ofBytes(bytes.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }

    /** Off when absent or zero; it sends the archive to the admins in Telegram, so it needs the bot and an admin. */
    private static Optional<Duration> backupInterval(List<String> problems, Duration value, boolean bot, boolean admins) {
        if (value == null || value.isZero()) {
            return Optional.empty();
        }
        if (value.isNegative() || value.compareTo(Duration.ofMinutes(1)) < 0) {
            problems.add("jobs.backupInterval (TOLLGATE_JOBS_BACKUP_INTERVAL) must be at least PT1M (PT24H: daily), or empty for off");
            return Optional.empty();
        }
        if (!bot || !admins) {
            problems.add("jobs.backupInterval (TOLLGATE_JOBS_BACKUP_INTERVAL) sends the backup to the admins in Telegram:"
                    + " it needs TOLLGATE_BOT_TOKEN and TOLLGATE_ADMIN_IDS");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    static Duration positive(List<String> problems, String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            problems.add(name + " must be a positive ISO-8601 duration such as PT30S");
            return Duration.ofMinutes(1);
        }
        return value;
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(List<String> problems, String name, Parse<T> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            problems.add(name + ": " + e.getMessage());
            return null;
        }
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
