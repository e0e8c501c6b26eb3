package dev.tollgate.application.service.servers;

import dev.tollgate.application.port.in.SaveServerUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PanelInbound;
import dev.tollgate.application.port.out.PanelStatus;
import dev.tollgate.application.port.out.PanelStatuses;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.SealedSecrets;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerRepository;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.staff.StaffGuard;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds or edits a stored server: the resulting settings are validated, the connection is tested with them (a panel
 * must take the credentials and have the inbound, with a protocol we sell; a core must answer), and only then are
 * they stored, with an audit line (before and after, never a secret) in the same transaction.
 */
public final class SaveServerService implements SaveServerUseCase {

    static final int MAX_NAME = 64;
    /** The share-link parameters a server may carry (README, "Servers": {@code link.*}). */
    static final java.util.Set<String> LINK_KEYS = java.util.Set.of("type", "security", "sni", "fp", "alpn", "pbk", "sid",
            "spx", "pqv", "flow", "host", "path", "serviceName", "authority", "mode", "headerType", "method", "serverKey");

    private final AdminDirectory staff;
    private final ServerCatalog catalog;
    private final ServerRepository stored;
    private final PanelProbe probe;
    private final SealedSecrets seals;
    private final PanelGateways gateways;
    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final SubscriptionRepository subscriptions;
    private final PanelStatuses statuses;
    private final Clock clock;

    /**
     * {@code subscriptions} tell whether a server still carries live subscriptions (its kind then stays);
     * {@code statuses} get the restart signal that re-applies a core's clients at its new address.
     */
    public SaveServerService(AdminDirectory staff, ServerCatalog catalog, ServerRepository stored,
                             Collection<PanelGatewayFactory> factories, SealedSecrets seals, PanelGateways gateways,
                             AuditLog audit, TransactionRunner transactions, SubscriptionRepository subscriptions,
                             PanelStatuses statuses, Clock clock) {
        this.staff = staff;
        this.catalog = catalog;
        this.stored = stored;
        this.probe = new PanelProbe(factories);
        this.seals = seals;
        this.gateways = gateways;
        this.audit = audit;
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.statuses = statuses;
        this.clock = clock;
    }

    @Override
    public Result save(Command command) {
        if (!StaffGuard.allows(staff, command.admin(), StaffRole.ADMIN, "save server " + command.id())) {
            return new Refused(Reason.NOT_AN_ADMIN, "");
        }
        Optional<ServerSettings> before = stored.findById(command.id());
        boolean configured = catalog.find(command.id()).filter(server -> !before.equals(Optional.of(server))).isPresent();
        if (command.create() && (before.isPresent() || configured)) {
            return new Refused(Reason.ALREADY_EXISTS, command.id().value());
        }
        if (!command.create() && before.isEmpty()) {
            return configured ? new Refused(Reason.CONFIGURED, command.id().value())
                    : new Refused(Reason.UNKNOWN_SERVER, command.id().value());
        }
        if (!command.create() && configured) {
            return new Refused(Reason.CONFIGURED, command.id().value());
        }
        ServerSettings after;
        try {
            after = merged(command, before);
        } catch (Invalid invalid) {
            return new Refused(invalid.reason, invalid.getMessage());
        } catch (IllegalArgumentException | NullPointerException invalid) {
            return new Refused(Reason.INVALID, String.valueOf(invalid.getMessage()));
        }
        ServerSettings old = before.orElse(null);
        if (old != null && PanelProbe.isPanel(after.kind()) && !after.connection().address().equals(old.connection().address())
                && command.sealedCredentials() == null && command.password() == null && command.apiToken() == null) {
            // Testing the new address with the stored login would hand it to whoever answers there.
            return new Refused(Reason.INVALID, "a panel's new address needs its login typed with it: the stored one is"
                    + " never sent to another address");
        }
        if (old != null && !after.kind().equals(old.kind())) {
            int live = LiveSubscriptions.on(subscriptions, old.id());
            if (live > 0) {
                return new Refused(Reason.KIND_IN_USE, Integer.toString(live));
            }
        }
        if (!command.touchesConnection()) {
            if (after.equals(old)) {
                return new Saved(false, false, ServerDescriptions.describe(after), false);
            }
            store(command, before, after);
            return new Saved(false, false, ServerDescriptions.describe(after), true);
        }
        // Every change of the connection is tested first, and the inbound's link parameters are read again then.
        Instant started = clock.instant();
        PanelProbe.Outcome outcome = probe.probe(after, true);
        Optional<Refused> failed = refusal(outcome);
        if (failed.isPresent()) {
            return failed.get();
        }
        after = withWhatThePanelSays(after, ((PanelProbe.Answered) outcome).inbounds());
        if (after.equals(old)) {
            return new Saved(false, true, ServerDescriptions.describe(after), false);
        }
        store(command, before, after);
        if (old != null && !PanelProbe.isPanel(after.kind()) && (!after.kind().equals(old.kind())
                || !after.connection().address().equals(old.connection().address()))) {
            reapplyAt(after, (PanelProbe.Answered) outcome, started);
        }
        return new Saved(command.create(), true, ServerDescriptions.describe(after), true);
    }

    private void store(Command command, Optional<ServerSettings> before, ServerSettings after) {
        Instant now = clock.instant();
        transactions.run(() -> {
            stored.save(after);
            audit.record(new AuditEntry(now, command.admin(), command.create() ? AuditAction.SERVER_ADDED
                    : AuditAction.SERVER_EDITED, "server " + after.id(), before.map(ServerDescriptions::describe).orElse(""),
                    ServerDescriptions.describe(after)));
        });
        gateways.forget(after.id());
    }

    /**
     * The public link parameters the panel's (first) inbound gives, kept beside the typed ones; a core, or a panel
     * whose inbound gives none, leaves none.
     */
    private static ServerSettings withWhatThePanelSays(ServerSettings server, List<PanelInbound> inbounds) {
        String first = server.connection().inbound().split(",")[0].strip();
        Map<String, String> fromPanel = inbounds.stream().filter(inbound -> inbound.id().equals(first)).findFirst()
                .map(PanelInbound::linkParameters).orElse(Map.of());
        return new ServerSettings(server.id(), server.kind(), server.displayName(), server.protocol(),
                server.connection(), server.endpoint().withPanelParameters(fromPanel), server.maxClients(),
                server.salesOpen());
    }

    /**
     * A core at a new address (or of another kind) has none of the server's clients: a restart signal makes the next
     * reconciliation apply them all (creation is idempotent). Panels need none: drift repair creates the missing
     * clients of active subscriptions on every run, and creating an existing S-UI client would reset its counters.
     */
    private void reapplyAt(ServerSettings server, PanelProbe.Answered answered, Instant started) {
        Instant now = clock.instant();
        Duration latency = now.isBefore(started) ? Duration.ZERO : Duration.between(started, now);
        PanelStatus status = statuses.find(server.id())
                .map(s -> new PanelStatus(s.server(), s.reachable(), s.version(), s.latency(), s.checkedAt(), s.detail(), true))
                .orElse(new PanelStatus(server.id(), true, answered.detail(), latency, now, "", true));
        statuses.record(status);
    }

    private ServerSettings merged(Command command, Optional<ServerSettings> before) {
        ServerSettings old = before.orElse(null);
        String kind = pick(command.kind(), old == null ? null : old.kind(), "kind");
        if (!dev.tollgate.application.port.in.ProbeServerUseCase.KINDS.contains(kind) || !probe.knows(kind)) {
            throw new Invalid(Reason.INVALID, "unknown kind " + kind);
        }
        boolean panel = PanelProbe.isPanel(kind);
        String address = PanelProbe.normalized(kind, pick(command.address(), old == null ? null
                : old.connection().address(), "address"));
        PanelProbe.addressProblem(kind, address).ifPresent(problem -> {
            throw new Invalid(Reason.INVALID, problem);
        });
        String inbound = pick(command.inbound(), old == null ? null : old.connection().inbound(), "inbound").strip();
        if (inbound.isEmpty() || inbound.length() > 200 || (panel && !inbound.matches("[0-9]+(,[0-9]+)*"))) {
            throw new Invalid(Reason.INVALID, panel ? "a panel inbound is its numeric id (or ids, comma separated)"
                    : "an inbound tag is required");
        }
        Protocol protocol = Objects.requireNonNull(command.protocol() != null ? command.protocol()
                : old == null ? null : old.protocol(), "a protocol is required");
        String name = pick(command.name(), old == null ? null : old.displayName(), "name").strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new Invalid(Reason.INVALID, "a name has 1 to " + MAX_NAME + " characters");
        }
        String host = pick(command.publicHost(), old == null ? null : old.endpoint().host(), "public host").strip();
        if (!host.matches("[A-Za-z0-9.\\-]{1,253}") && !host.matches("\\[?[0-9A-Fa-f:]+]?")) {
            throw new Invalid(Reason.INVALID, "a public host is a host name or an IP address");
        }
        int port = command.publicPort() != null ? command.publicPort() : old == null ? 0 : old.endpoint().port();
        String username = command.username() != null ? command.username().strip()
                : old == null ? "" : old.connection().username();
        Secret password = old == null ? new Secret("") : old.connection().password();
        Secret token = old == null ? new Secret("") : old.connection().apiToken();
        if (command.sealedCredentials() != null && !command.sealedCredentials().isEmpty()) {
            ServerCredentials.Opened opened = ServerCredentials.open(seals, command.admin(), command.sealedCredentials())
                    .orElseThrow(() -> new Invalid(Reason.CREDENTIALS_EXPIRED, ""));
            password = opened.token() ? new Secret("") : opened.secret();
            token = opened.token() ? opened.secret() : new Secret("");
            if (opened.token() && command.username() == null) {
                username = "";
            }
        } else if (command.password() != null || command.apiToken() != null) {
            password = command.password() == null ? new Secret("") : command.password();
            token = command.apiToken() == null ? new Secret("") : command.apiToken();
            if (!token.isEmpty()) {
                username = "";
            }
        }
        if (panel && token.isEmpty() && (username.isEmpty() || password.isEmpty())) {
            throw new Invalid(Reason.INVALID, "a panel needs a username and password, or an API token");
        }
        if (!panel) {
            username = "";
            password = new Secret("");
            token = new Secret("");
        }
        if (command.linkParameters() != null) {
            for (var parameter : command.linkParameters().entrySet()) {
                if (!LINK_KEYS.contains(parameter.getKey()) || !parameter.getValue().matches("\\S{1,200}")) {
                    throw new Invalid(Reason.INVALID, "link parameters are key=value pairs of " + LINK_KEYS
                            + ", values without spaces: " + parameter.getKey());
                }
            }
        }
        int maxClients = command.maxClients() != null ? command.maxClients() : old == null ? 0 : old.maxClients();
        if (maxClients < 0 || maxClients > 1_000_000) {
            throw new Invalid(Reason.INVALID, "the capacity is 0 (unlimited) to 1000000 clients");
        }
        boolean salesOpen = command.salesOpen() != null ? command.salesOpen() : old == null || old.salesOpen();
        return new ServerSettings(command.id(), kind, name, protocol,
                new PanelConnection(address, inbound, username, password, token,
                        old == null ? java.util.Map.of() : old.connection().options()),
                new PublicEndpoint(host, port, command.linkParameters() != null ? command.linkParameters()
                        : old == null ? Map.of() : old.endpoint().typedParameters(),
                        old == null ? Map.of() : old.endpoint().panelParameters()), maxClients, salesOpen);
    }

    private static Optional<Refused> refusal(PanelProbe.Outcome outcome) {
        if (outcome instanceof PanelProbe.WrongCredentials wrong) {
            return Optional.of(new Refused(Reason.WRONG_CREDENTIALS, wrong.detail()));
        }
        if (outcome instanceof PanelProbe.Unreachable down) {
            return Optional.of(new Refused(Reason.UNREACHABLE, down.detail()));
        }
        if (outcome instanceof PanelProbe.BadAddress bad) {
            return Optional.of(new Refused(Reason.INVALID, bad.detail()));
        }
        if (outcome instanceof PanelProbe.WrongInbound wrong) {
            return Optional.of(new Refused(Reason.NO_SUCH_INBOUND, wrong.detail()));
        }
        return Optional.empty();
    }

    private static String pick(String given, String old, String what) {
        String value = given != null ? given : old;
        if (value == null) {
            throw new Invalid(Reason.INVALID, "the " + what + " is missing");
        }
        return value;
    }

    /** A refusal found while merging the command with the stored server. */
    private static final class Invalid extends RuntimeException {
        private final Reason reason;

        Invalid(Reason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }
}
