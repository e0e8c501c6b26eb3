package dev.tollgate.bootstrap.config;

import dev.tollgate.application.port.out.ServerSettings;
import java.util.stream.Collectors;

/** The configuration the app would run with, as {@code check-config} prints it: secrets masked, panel paths hidden. */
public final class EffectiveConfiguration {

    private EffectiveConfiguration() {
    }

    public static String render(Settings s) {
        StringBuilder text = new StringBuilder();
        line(text, "bot.token", Masked.secret(s.botToken()) + (s.botEnabled() ? "" : " (the bot is off)"));
        line(text, "bot.apiUrl", s.botApiUrl());
        line(text, "bot.adminIds", s.adminIds());
        line(text, "database.url", Masked.jdbcUrl(s.databaseUrl()));
        line(text, "database.user", s.databaseUser());
        line(text, "database.password", Masked.secret(s.databasePassword()));
        line(text, "database.poolSize", s.databasePoolSize());
        line(text, "security.secretKey", Masked.secret(s.secretKey()));
        line(text, "security.secretKeyFile", s.secretKeyFile() + (s.secretKey().isEmpty() ? "" : " (unused: the key is set)"));
        line(text, "trial.duration", s.trial().duration());
        line(text, "trial.traffic", s.trial().traffic().bytes() + " bytes");
        line(text, "trial.server", s.trialServer().map(id -> id.value()).orElse("(the first server)"));
        line(text, "display.timeZone", s.displayZone());
        line(text, "http", s.httpHost() + ":" + s.httpPort() + (s.publicUrl().isEmpty() ? "" : ", public " + s.publicUrl()));
        line(text, "jobs", "pending every " + s.pendingRetryInterval() + ", reconcile " + s.reconcileInterval()
                + ", provisioning " + s.jobs().provisioning() + ", limits " + s.jobs().limits() + ", reminders "
                + s.jobs().reminders() + ", auto-renew " + s.jobs().autoRenew() + ", expire orders " + s.jobs().expireOrders()
                + ", backup to the admins " + s.jobs().backup().map(Object::toString).orElse("off"));
        line(text, "payments.card", (s.card().number().isEmpty() ? "off" : "on (" + s.card().currency() + ")")
                + " in the file; the bot's shop settings (card.number, card.currency) win over it");
        PaymentsSection.describe(s.payments()).forEach((key, value) -> line(text, key, value));
        for (ServerSettings server : s.servers()) {
            line(text, "servers." + server.id().value(), server.kind() + " " + server.protocol().name().toLowerCase(java.util.Locale.ROOT)
                    + " at " + Masked.address(server.connection().address()) + ", inbound " + server.connection().inbound()
                    + ", password " + Masked.secret(server.connection().password())
                    + ", apiToken " + Masked.secret(server.connection().apiToken())
                    + ", public " + server.endpoint().host() + ":" + server.endpoint().port()
                    + (server.maxClients() == 0 ? "" : ", at most " + server.maxClients() + " clients")
                    + (server.salesOpen() ? "" : " (closed for sales)"));
        }
        for (Settings.ConfiguredPlan plan : s.plans()) {
            line(text, "plans." + plan.id().value(), plan.terms().duration() + ", prices " + plan.prices().values().stream()
                    .map(Object::toString).collect(Collectors.joining(" ")) + ", servers " + plan.servers().stream()
                    .map(id -> id.value()).sorted().collect(Collectors.toList()) + ", groups " + plan.groups()
                    + (plan.allLocations() ? ", on all locations" : "") + (plan.active() ? "" : " (off sale)"));
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String key, Object value) {
        text.append(key).append(": ").append(value).append('\n');
    }
}
