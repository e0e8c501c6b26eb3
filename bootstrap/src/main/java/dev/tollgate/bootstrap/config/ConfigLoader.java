package dev.tollgate.bootstrap.config;

import static dev.tollgate.bootstrap.config.Values.between;
import static dev.tollgate.bootstrap.config.Values.nullToEmpty;
import static dev.tollgate.bootstrap.config.Values.parse;
import static dev.tollgate.bootstrap.config.Values.positive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.bootstrap.http.HttpSettings;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.trial.TrialTerms;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the built-in defaults ({@code tollgate-defaults.yml}, the one place defaults live), then the YAML file
 * ({@code TOLLGATE_CONFIG}, or {@code ./tollgate.yml} when present), then the {@code TOLLGATE_*} environment
 * variables ({@link Variables}), each overriding the one before; then each section's parser checks its part and
 * every problem of every section is reported at once.
 */
public final class ConfigLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Settings load(Map<String, String> environment) {
        ObjectNode defaults = defaults();
        ObjectNode tree = defaults.deepCopy();
        configFile(environment).ifPresent(file -> merge(tree, readFile(file)));
        new Variables(defaults).apply(tree, environment);
        TollgateConfig config;
        try {
            config = yaml.treeToValue(tree, TollgateConfig.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigurationException("the configuration is not valid: " + e.getOriginalMessage(), e);
        }
        return validate(config);
    }

    /** Every {@code TOLLGATE_*} variable the loader reads and the setting it sets, for the reference and its test. */
    public Map<String, String> variables() {
        return new Variables(defaults()).all();
    }

    private static Settings validate(TollgateConfig config) {
        List<String> problems = new ArrayList<>();
        URI apiUrl = parse(problems, Variables.key("bot.apiUrl"), () -> {
            URI uri = URI.create(config.bot().apiUrl().trim());
            if (uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new IllegalArgumentException("use an http(s) URL such as https://api.telegram.org");
            }
            return uri;
        });
        Duration trialDuration = parse(problems, Variables.key("trial.duration"), () -> Values.duration(config.trial().duration()));
        DataSize trialTraffic = parse(problems, Variables.key("trial.traffic"), () -> Values.size(config.trial().traffic()));
        TrialTerms trial = trialDuration == null || trialTraffic == null ? null
                : parse(problems, "trial", () -> new TrialTerms(trialDuration, trialTraffic));
        ZoneId zone = parse(problems, Variables.key("display.timeZone"), () -> ZoneId.of(config.display().timeZone()));
        int port = between(problems, "http.port", config.http().port(), 0, 65535, "(0 picks a free port)");
        String publicUrl = nullToEmpty(config.http().publicUrl()).trim();
        if (!publicUrl.isEmpty() && !(publicUrl.startsWith("https://") || publicUrl.startsWith("http://"))) {
            problems.add(Variables.key("http.publicUrl") + " must be an http(s) URL such as https://shop.example.com");
        }
        HttpSettings http = HttpSection.parse(problems, config.http(), port, publicUrl);
        TollgateConfig.Jobs j = config.jobs();
        Duration retry = positive(problems, "jobs.pendingRetryInterval", j.pendingRetryInterval());
        Duration reconcile = positive(problems, "jobs.reconcileInterval", j.reconcileInterval());
        Duration pendingGrace = positive(problems, "jobs.pendingGrace", j.pendingGrace());
        Set<Long> admins = config.bot().adminIds() == null ? Set.of() : new LinkedHashSet<>(config.bot().adminIds());
        if (admins.stream().anyMatch(id -> id <= 0)) {
            problems.add(Variables.key("bot.adminIds") + " must be positive Telegram user ids");
        }
        Settings.JobIntervals jobs = JobsSection.parse(problems, j, !nullToEmpty(config.bot().token()).isBlank(),
                !admins.isEmpty());
        Settings.Commerce commerce = CommerceSection.parse(problems, config.commerce());
        Settings.CardPayments card = CommerceSection.card(problems, config.payments());
        ServersSection.Servers servers = ServersSection.parse(problems, config.servers());
        List<Settings.ConfiguredPlan> plans = PlansSection.parse(problems, config.plans(), servers);
        Optional<ServerId> trialServer = trialServer(problems, config.trial().server(), servers);
        int poolSize = between(problems, "database.poolSize", config.database().poolSize(), 1, 1000, "");
        String dbUrl = config.database().url();
        if (dbUrl == null || !(dbUrl.startsWith("jdbc:h2:") || dbUrl.startsWith("jdbc:postgresql:"))) {
            problems.add(Variables.key("database.url") + " must be a jdbc:h2: or jdbc:postgresql: URL");
        }
        Settings.BotRuntime botRuntime = BotSection.parse(problems, config.bot(), publicUrl);
        PaymentsSection.Payments providers = PaymentsSection.parse(problems, config.payments());
        dev.tollgate.adapters.telegram.StorefrontSettings shop = StorefrontGatesSection.parse(problems, config.shop(),
                ShopSection.parse(problems, config.shop()));
        if (!problems.isEmpty()) {
            throw new ConfigurationException("the configuration has problems:\n  - " + String.join("\n  - ", problems));
        }
        return new Settings(new Secret(nullToEmpty(config.bot().token()).trim()), apiUrl, Set.copyOf(admins), dbUrl,
                nullToEmpty(config.database().user()), new Secret(nullToEmpty(config.database().password())), poolSize,
                new Secret(nullToEmpty(config.security().secretKey()).trim()),
                Path.of(nullToEmpty(config.security().secretKeyFile()).isBlank() ? "./data/secret.key" : config.security().secretKeyFile()),
                trial, trialServer, zone, nullToEmpty(config.http().host()), port, publicUrl, retry, pendingGrace, reconcile,
                servers.list(), servers.groups(), commerce, jobs, plans, card, botRuntime, http, providers, shop);
    }

    private static Optional<ServerId> trialServer(List<String> problems, String name, ServersSection.Servers servers) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<ServerId> server = Optional.ofNullable(parse(problems, Variables.key("trial.server"), () -> new ServerId(name)));
        if (server.isPresent() && !servers.has(server.get())) {
            problems.add(Variables.key("trial.server") + " names " + name + ", which is not among the servers");
        }
        return server;
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
}
