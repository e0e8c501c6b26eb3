package dev.tollgate.bootstrap.config;

import static dev.tollgate.bootstrap.config.Values.require;

import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.plan.TrafficPack;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code plans} list, which seeds the plan catalogue at start; every plan must name servers or groups that
 * exist. Plans edited later in the bot are not overwritten by this seed (see {@code PlanCatalogSync}).
 */
final class PlansSection {

    private PlansSection() {
    }

    static List<Settings.ConfiguredPlan> parse(List<String> problems, List<TollgateConfig.PlanEntry> configured,
                                               ServersSection.Servers servers) {
        List<Settings.ConfiguredPlan> plans = new ArrayList<>();
        List<TollgateConfig.PlanEntry> entries = configured == null ? List.of() : configured;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            TollgateConfig.PlanEntry entry = entries.get(i);
            Settings.ConfiguredPlan plan = Values.parse(problems, "plans[" + i + "]", () -> plan(entry));
            if (plan != null && !ids.add(plan.id().value())) {
                problems.add("plans[" + i + "]: the id " + plan.id() + " is used twice");
            } else if (plan != null) {
                plans.add(plan);
            }
        }
        Set<String> groups = servers.declaredGroups();
        for (Settings.ConfiguredPlan plan : plans) {
            plan.servers().stream().filter(server -> !servers.has(server)).forEach(server -> problems.add("plans: "
                    + plan.id().value() + " names the server " + server.value() + ", which is not among the servers"));
            plan.groups().stream().filter(group -> !groups.contains(group)).forEach(group -> problems.add("plans: "
                    + plan.id().value() + " names the group " + group + ", which no server belongs to"));
        }
        return List.copyOf(plans);
    }

    private static Settings.ConfiguredPlan plan(TollgateConfig.PlanEntry p) {
        require(p.id(), "id");
        require(p.duration(), "duration");
        PlanId id = new PlanId(p.id().trim());
        DataSize traffic = p.traffic() == null || p.traffic().isBlank() ? DataSize.ZERO : Values.size(p.traffic());
        RenewalPolicy renewal = new RenewalPolicy(renewMode(p.renewDays(), "renewDays"),
                renewMode(p.renewTraffic(), "renewTraffic"));
        PlanTerms terms = new PlanTerms(id, Values.duration(p.duration()), traffic,
                p.deviceLimit() == null ? 0 : p.deviceLimit(), Boolean.TRUE.equals(p.startOnFirstUse()), renewal);
        if (p.prices() == null || p.prices().isEmpty()) {
            throw new IllegalArgumentException("prices are required, e.g. prices: {XTR: 250, USD: \"4.99\"}");
        }
        Map<Currency, Money> prices = prices(p.prices());
        Set<ServerId> servers = p.servers() == null ? Set.of()
                : p.servers().stream().map(String::trim).map(ServerId::new).collect(Collectors.toUnmodifiableSet());
        Set<String> groups = p.groups() == null ? Set.of() : Set.copyOf(p.groups());
        if (servers.isEmpty() && groups.isEmpty()) {
            throw new IllegalArgumentException("a plan must grant at least one server or group (servers: [...] or groups: [...])");
        }
        String name = p.name() == null || p.name().isBlank() ? id.value() : p.name().trim();
        List<TrafficPack> packs = new ArrayList<>();
        List<TollgateConfig.TrafficPackEntry> packEntries = p.trafficPacks() == null ? List.of() : p.trafficPacks();
        for (int i = 0; i < packEntries.size(); i++) {
            packs.add(pack(packEntries.get(i), i));
        }
        if (!packs.isEmpty() && traffic.isZero()) {
            throw new IllegalArgumentException("trafficPacks need a plan with a traffic quota; this one is unlimited");
        }
        if (packs.stream().map(TrafficPack::traffic).distinct().count() != packs.size()) {
            throw new IllegalArgumentException("trafficPacks: two packs add the same traffic");
        }
        return new Settings.ConfiguredPlan(id, name, terms, Map.copyOf(prices), servers, groups,
                p.active() == null || p.active(), packs, Boolean.TRUE.equals(p.allLocations()));
    }

    private static TrafficPack pack(TollgateConfig.TrafficPackEntry entry, int index) {
        String where = "trafficPacks[" + index + "]: ";
        if (entry == null || entry.gb() == null || entry.gb().isBlank()) {
            throw new IllegalArgumentException(where + "gb is required, e.g. {gb: 50, prices: {USD: \"2.00\"}}");
        }
        BigDecimal gb;
        try {
            gb = new BigDecimal(entry.gb().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "gb must be a number of gigabytes: " + entry.gb());
        }
        if (gb.signum() <= 0 || gb.scale() > 3) {
            throw new IllegalArgumentException(where + "gb must be positive (at most three decimals): " + entry.gb());
        }
        if (entry.prices() == null || entry.prices().isEmpty()) {
            throw new IllegalArgumentException(where + "prices are required, e.g. prices: {XTR: 100, USD: \"2.00\"}");
        }
        try {
            return new TrafficPack(DataSize.ofMebibytes(gb.multiply(BigDecimal.valueOf(1024)).longValueExact()),
                    prices(entry.prices()));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(where + "gb " + entry.gb() + " is not a whole number of megabytes");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage());
        }
    }

    private static Map<Currency, Money> prices(Map<String, String> configured) {
        Map<Currency, Money> prices = new EnumMap<>(Currency.class);
        configured.forEach((code, amount) -> {
            Currency currency;
            try {
                currency = Currency.valueOf(code.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown currency " + code + "; use one of "
                        + Arrays.toString(Currency.values()));
            }
            BigDecimal major = new BigDecimal(amount.trim());
            if (major.signum() <= 0 || major.scale() > currency.fractionDigits()) {
                throw new IllegalArgumentException("price " + amount + " " + code + " must be positive with at most "
                        + currency.fractionDigits() + " decimals");
            }
            prices.put(currency, Money.ofMajor(major, currency));
        });
        return prices;
    }

    private static RenewalPolicy.Mode renewMode(String text, String field) {
        if (text == null || text.isBlank()) {
            return RenewalPolicy.Mode.STACK;
        }
        try {
            return RenewalPolicy.Mode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be stack or reset");
        }
    }
}
