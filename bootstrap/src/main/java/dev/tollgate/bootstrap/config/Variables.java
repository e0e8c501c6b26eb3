package dev.tollgate.bootstrap.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code TOLLGATE_*} environment variables, derived from the configuration's paths rather than listed by hand:
 * a setting's variable is {@code TOLLGATE_} and its path in upper snake case ({@code bot.webhookPath} is
 * {@code TOLLGATE_BOT_WEBHOOK_PATH}, {@code payments.cryptoBot.token} is {@code TOLLGATE_PAYMENTS_CRYPTO_BOT_TOKEN});
 * only {@code database} is shortened, to {@code DB}. Every setting with a built-in default has its variable, so a
 * new setting in {@code tollgate-defaults.yml} has one without touching this class. Fourteen names from before the
 * rule ({@code TOLLGATE_ADMIN_IDS}, {@code TOLLGATE_PUBLIC_URL}, ...) are still read.
 *
 * <p>Servers and plans are lists: {@code TOLLGATE_SERVERS_0_PUBLIC_HOST}, {@code TOLLGATE_PLANS_1_PRICE_XTR}.
 */
final class Variables {

    private static final Logger LOG = LoggerFactory.getLogger(Variables.class);

    /** The one abbreviated section: {@code database.url} is {@code TOLLGATE_DB_URL}. */
    private static final Map<String, String> SECTION_PREFIXES = Map.of("database", "DB");
    /** Names from before the rule, still read (the reference lists them); each names the setting's path. */
    private static final Map<String, String> OLDER_NAMES = Map.ofEntries(
            Map.entry("TOLLGATE_ADMIN_IDS", "bot.adminIds"),
            Map.entry("TOLLGATE_SECRET_KEY", "security.secretKey"),
            Map.entry("TOLLGATE_SECRET_KEY_FILE", "security.secretKeyFile"),
            Map.entry("TOLLGATE_TIME_ZONE", "display.timeZone"),
            Map.entry("TOLLGATE_PUBLIC_URL", "http.publicUrl"),
            Map.entry("TOLLGATE_METRICS_TOKEN", "http.metricsToken"),
            Map.entry("TOLLGATE_CARD_NUMBER", "payments.cardNumber"),
            Map.entry("TOLLGATE_CARD_HOLDER", "payments.cardHolder"),
            Map.entry("TOLLGATE_CARD_CURRENCY", "payments.cardCurrency"),
            Map.entry("TOLLGATE_ORDER_PAY_WITHIN", "commerce.orderPayWithin"),
            Map.entry("TOLLGATE_REFERRAL_CASHBACK_PERCENT", "commerce.referralCashbackPercent"),
            Map.entry("TOLLGATE_PROVISIONING_FIRST_RETRY", "commerce.provisioningFirstRetry"),
            Map.entry("TOLLGATE_PROVISIONING_MAX_RETRY_DELAY", "commerce.provisioningMaxRetryDelay"),
            Map.entry("TOLLGATE_PROVISIONING_MAX_ATTEMPTS", "commerce.provisioningMaxAttempts"));
    /** Read by others: the file path by the loader, the log level by logback.xml, the tests' own settings. */
    private static final Set<String> NOT_SETTINGS = Set.of("TOLLGATE_CONFIG", "TOLLGATE_LOG_LEVEL", "TOLLGATE_JAVA_OPTS");
    private static final Pattern LIST_ITEM = Pattern.compile("TOLLGATE_(SERVERS|PLANS)_(\\d{1,3})_([A-Z0-9_]+)");
    private static final Set<String> PLAN_FIELDS = Set.of("ID", "NAME", "DURATION", "TRAFFIC", "DEVICE_LIMIT",
            "START_ON_FIRST_USE", "RENEW_DAYS", "RENEW_TRAFFIC", "ACTIVE", "ALL_LOCATIONS");
    private static final Set<String> SERVER_FIELDS = Set.of("ID", "KIND", "NAME", "PROTOCOL", "ADDRESS", "INBOUND",
            "USERNAME", "PASSWORD", "API_TOKEN", "PUBLIC_HOST", "PUBLIC_PORT", "MAX_CLIENTS", "SALES_OPEN");

    private final Map<String, String> paths;
    private final Set<String> lists;

    /** @param defaults the built-in defaults: every leaf is a setting; arrays among them take comma lists */
    Variables(ObjectNode defaults) {
        Map<String, String> byName = new TreeMap<>();
        java.util.Set<String> listPaths = new java.util.HashSet<>();
        collect(defaults, "", byName, listPaths);
        OLDER_NAMES.forEach((name, path) -> {
            if (byName.containsValue(path)) {
                byName.put(name, path);
            }
        });
        this.paths = Map.copyOf(byName);
        this.lists = Set.copyOf(listPaths);
    }

    /** {@code bot.apiUrl} is {@code TOLLGATE_BOT_API_URL}. */
    static String nameOf(String path) {
        String[] parts = path.split("\\.");
        StringBuilder name = new StringBuilder("TOLLGATE_")
                .append(SECTION_PREFIXES.getOrDefault(parts[0], upperSnake(parts[0])));
        for (int i = 1; i < parts.length; i++) {
            name.append('_').append(upperSnake(parts[i]));
        }
        return name.toString();
    }

    /** How problems name a setting: its path, and the variable that sets it. */
    static String key(String path) {
        return path + " (" + nameOf(path) + ")";
    }

    /** Every variable and the path it sets, older names included, sorted by name. */
    Map<String, String> all() {
        return new TreeMap<>(paths);
    }

    /** Writes each {@code TOLLGATE_*} variable into the tree; an unknown one is logged once and ignored. */
    void apply(ObjectNode tree, Map<String, String> environment) {
        refuseConflictingNames(environment);
        for (Map.Entry<String, String> variable : new TreeMap<>(environment).entrySet()) {
            String name = variable.getKey();
            String value = variable.getValue();
            if (!name.startsWith("TOLLGATE_") || NOT_SETTINGS.contains(name) || name.startsWith("TOLLGATE_TEST_")) {
                continue;
            }
            String path = paths.get(name);
            if (path != null) {
                set(tree, path, lists.contains(path) ? commaList(tree, value) : tree.textNode(value));
                continue;
            }
            Matcher item = LIST_ITEM.matcher(name);
            if (item.matches()) {
                ObjectNode entry = listEntry(tree, item.group(1).toLowerCase(Locale.ROOT), Integer.parseInt(item.group(2)));
                if (item.group(1).equals("SERVERS")) {
                    server(entry, name, item.group(3), value);
                } else {
                    plan(entry, name, item.group(3), value);
                }
                continue;
            }
            LOG.warn("ignoring unknown variable {} (see the configuration reference in README.md)", name);
        }
    }

    /**
     * An older name and the derived one set to different values would leave the winner to sort order; that is
     * refused, naming both. The same value under both names is accepted (a deployment moving to the new name).
     */
    private void refuseConflictingNames(Map<String, String> environment) {
        OLDER_NAMES.forEach((older, path) -> {
            String derived = nameOf(path);
            String olderValue = environment.get(older);
            String derivedValue = environment.get(derived);
            if (olderValue != null && derivedValue != null && !olderValue.equals(derivedValue)) {
                throw new ConfigurationException(older + " and " + derived + " both set " + path
                        + " to different values; unset " + older + " (the older name)");
            }
        });
    }

    private static void collect(ObjectNode node, String prefix, Map<String, String> byName, Set<String> listPaths) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            if (prefix.isEmpty() && (path.equals("servers") || path.equals("plans"))) {
                continue;
            }
            if (field.getValue().isObject()) {
                collect((ObjectNode) field.getValue(), path, byName, listPaths);
            } else {
                if (field.getValue().isArray()) {
                    listPaths.add(path);
                }
                String previous = byName.put(nameOf(path), path);
                if (previous != null) {
                    throw new IllegalStateException(previous + " and " + path + " would share " + nameOf(path));
                }
            }
        }
    }

    private static void server(ObjectNode server, String name, String field, String value) {
        if (field.startsWith("LINK_")) {
            server.with("link").put(camel(field.substring("LINK_".length())), value);
        } else if (field.startsWith("OPTION_")) {
            server.with("options").put(camel(field.substring("OPTION_".length())), value);
        } else if (field.equals("GROUPS")) {
            server.set("groups", commaList(server, value));
        } else if (SERVER_FIELDS.contains(field)) {
            server.put(camel(field), value);
        } else {
            throw new ConfigurationException("unknown server setting " + name);
        }
    }

    private static void plan(ObjectNode plan, String name, String field, String value) {
        if (field.startsWith("PRICE_")) {
            plan.with("prices").put(field.substring("PRICE_".length()), value);
        } else if (field.equals("SERVERS") || field.equals("GROUPS")) {
            plan.set(camel(field), commaList(plan, value));
        } else if (PLAN_FIELDS.contains(field)) {
            plan.put(camel(field), value);
        } else {
            throw new ConfigurationException("unknown plan setting " + name);
        }
    }

    private static ObjectNode listEntry(ObjectNode tree, String list, int index) {
        ArrayNode items = tree.has(list) && tree.get(list).isArray() ? (ArrayNode) tree.get(list) : tree.putArray(list);
        while (items.size() <= index) {
            items.addObject();
        }
        return (ObjectNode) items.get(index);
    }

    /** "1, 2 3" becomes ["1","2","3"]: admin ids, server and plan groups, plan servers. */
    private static ArrayNode commaList(ObjectNode any, String value) {
        ArrayNode items = any.arrayNode();
        for (String part : value.split("[,\\s]+")) {
            if (!part.isBlank()) {
                items.add(part.trim());
            }
        }
        return items;
    }

    private static void set(ObjectNode tree, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.with(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
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

    /** publicHost becomes PUBLIC_HOST. */
    static String upperSnake(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c) && out.length() > 0) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    static Map<String, String> olderNames() {
        return new LinkedHashMap<>(OLDER_NAMES);
    }
}
