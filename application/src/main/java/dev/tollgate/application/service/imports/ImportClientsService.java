package dev.tollgate.application.service.imports;

import dev.tollgate.application.port.in.ImportClientsUseCase;
import dev.tollgate.application.port.in.PreviewImportUseCase;
import dev.tollgate.application.port.in.PreviewImportUseCase.Candidate;
import dev.tollgate.application.port.in.PreviewImportUseCase.Match;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelClientDetails;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.UnclaimedSubscriptions;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Adoption;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The import of a listing panel's clients: the dry run's candidates ({@link PreviewImportUseCase}), each read in full
 * and adopted in its own transaction, so a run stopped midway resumes where it stopped and a second run finds the
 * adopted ones already the shop's. See {@link ImportClientsUseCase}.
 */
public final class ImportClientsService implements ImportClientsUseCase {

    private static final System.Logger LOG = System.getLogger(ImportClientsService.class.getName());
    private static final int CODE_TRIES = 5;

    private final AdminDirectory staff;
    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final PreviewImportUseCase preview;
    private final SubscriptionRepository subscriptions;
    private final CustomerRepository customers;
    private final UnclaimedSubscriptions unclaimed;
    private final TransactionRunner transactions;
    private final AuditLog audit;
    private final Clock clock;

    public ImportClientsService(AdminDirectory staff, ServerCatalog servers, PanelGateways gateways,
                                PreviewImportUseCase preview, SubscriptionRepository subscriptions,
                                CustomerRepository customers, UnclaimedSubscriptions unclaimed,
                                TransactionRunner transactions, AuditLog audit, Clock clock) {
        this.staff = staff;
        this.servers = servers;
        this.gateways = gateways;
        this.preview = preview;
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.unclaimed = unclaimed;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Result importClients(Command command) {
        StaffRole role = staff.roleOf(command.actor()).orElse(null);
        if (role == null || !role.covers(StaffRole.OWNER)) {
            LOG.log(Level.WARNING, "user {0} ({1}) may not import panel clients: it needs the role OWNER",
                    command.actor(), role == null ? "not staff" : role);
            return new Refused(Reason.NOT_ALLOWED, "only an owner may import panel clients");
        }
        if (servers.find(command.server()).isEmpty()) {
            return new Refused(Reason.UNKNOWN_SERVER, command.server().value());
        }
        PanelGateway gateway = gateways.forServer(command.server());
        Set<PanelCapability> capabilities = gateway.capabilities();
        if (!capabilities.contains(PanelCapability.LISTS_CLIENTS) || !capabilities.contains(PanelCapability.READS_CLIENTS)) {
            return new Refused(Reason.CANNOT_LIST, servers.find(command.server()).get().kind());
        }
        PreviewImportUseCase.Result previewed = preview.preview(new PreviewImportUseCase.Command(command.server()));
        if (previewed instanceof PreviewImportUseCase.Refused refused) {
            return new Refused(switch (refused.reason()) {
                case UNKNOWN_SERVER -> Reason.UNKNOWN_SERVER;
                case CANNOT_LIST -> Reason.CANNOT_LIST;
                case PANEL_UNAVAILABLE -> Reason.PANEL_UNAVAILABLE;
            }, refused.detail());
        }
        PreviewImportUseCase.Preview candidates = (PreviewImportUseCase.Preview) previewed;
        Set<String> adoptedUnclaimed = unclaimed.emailsOn(command.server());
        Set<String> taken = new HashSet<>();
        subscriptions.findByStatus(EnumSet.allOf(SubscriptionStatus.class))
                .forEach(subscription -> taken.add(subscription.credential().email()));
        Instant now = clock.instant();
        List<Line> lines = new ArrayList<>();
        int already = candidates.alreadyTheShops();
        for (Candidate candidate : candidates.candidates()) {
            String lower = candidate.email().toLowerCase(Locale.ROOT);
            if (adoptedUnclaimed.contains(lower)) {
                already++;
                continue;
            }
            Optional<String> refusal = refusal(candidate, lower, taken, now);
            if (refusal.isPresent()) {
                lines.add(line(candidate, Outcome.SKIPPED, null, null, false, refusal.get()));
            } else if (command.dryRun()) {
                lines.add(line(candidate, candidate.user().isPresent() ? Outcome.WOULD_ADOPT : Outcome.WOULD_STORE_UNCLAIMED,
                        null, null, false, ""));
            } else {
                lines.add(adopt(command.server(), gateway, candidate, lower, now));
            }
        }
        Imported result = new Imported(command.server(), command.dryRun(), lines, already);
        long adopted = result.count(Outcome.ADOPTED);
        long stored = result.count(Outcome.UNCLAIMED);
        if (!command.dryRun() && adopted + stored > 0) {
            String summary = adopted + " adopted, " + stored + " unclaimed with a code, " + result.count(Outcome.SKIPPED)
                    + " skipped, " + result.count(Outcome.FAILED) + " failed";
            try {
                transactions.run(() -> audit.record(new AuditEntry(clock.instant(), command.actor(),
                        AuditAction.CLIENTS_IMPORTED, "server " + command.server().value(), "", summary)));
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "the import on {0} by {1} ({2}) could not be written to the audit log: {3}",
                        command.server(), command.actor(), summary, e.toString());
            }
            LOG.log(Level.INFO, "import on server {0}: {1}", command.server(), summary);
        }
        return result;
    }

    /** Why a candidate cannot be adopted as it is, if it cannot. */
    private static Optional<String> refusal(Candidate candidate, String lower, Set<String> taken, Instant now) {
        String email = candidate.email();
        if (!email.equals(lower)) {
            return Optional.of("the email has upper-case letters; the shop keeps client emails in lower case");
        }
        if (email.isBlank() || email.length() > 64 || email.codePoints().anyMatch(c -> c == '/' || c == '\\'
                || Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of("the email is empty, longer than 64 characters or has spaces, '/' or '\\'");
        }
        if (taken.contains(lower)) {
            return Optional.of("a subscription on another server has this email");
        }
        boolean ended = candidate.expiresAt().map(at -> !at.isAfter(now)).orElse(false)
                || (!candidate.quota().isZero() && candidate.used().compareTo(candidate.quota()) >= 0);
        if (!candidate.enabled() && !ended) {
            return Optional.of("disabled on the panel while its term and traffic are not over; enable or delete it first");
        }
        return Optional.empty();
    }

    private Line adopt(ServerId server, PanelGateway gateway, Candidate candidate, String email, Instant now) {
        PanelClientDetails details;
        try {
            Optional<PanelClientDetails> read = gateway.readClient(candidate.email());
            if (read.isEmpty()) {
                return line(candidate, Outcome.SKIPPED, null, null, false, "no longer on the panel");
            }
            details = read.get();
        } catch (PanelException e) {
            LOG.log(Level.WARNING, "could not read client {0} on {1} for the import: {2}", email, server, e.getMessage());
            return line(candidate, Outcome.FAILED, null, null, false, e.getMessage());
        }
        ClientCredential credential;
        try {
            credential = new ClientCredential(email, details.secret());
        } catch (IllegalArgumentException e) {
            return line(candidate, Outcome.SKIPPED, null, null, false, "the panel holds no credential for it");
        }
        boolean marked = mark(server, gateway, candidate.email());
        if (candidate.user().isPresent()) {
            TelegramUserId user = candidate.user().get();
            Subscription subscription = Adoption.adopt(new SubscriptionId(UUID.randomUUID()), user, server, credential,
                    details.quota(), details.used().total(), details.expiresAt(), details.delayedStart(),
                    details.deviceLimit(), now);
            try {
                transactions.run(() -> {
                    if (customers.findById(user).isEmpty()) {
                        customers.insert(Customer.firstContact(user, Language.EN, now));
                    }
                    subscriptions.insert(subscription);
                });
            } catch (DuplicateKeyException e) {
                return line(candidate, Outcome.SKIPPED, null, null, marked, "adopted meanwhile by another run");
            }
            return line(candidate, Outcome.ADOPTED, subscription.id(), null, marked, subscription.status().name());
        }
        for (int attempt = 1; ; attempt++) {
            String code = ClaimCodes.fresh();
            UnclaimedSubscriptions.Unclaimed stored = new UnclaimedSubscriptions.Unclaimed(server, email,
                    details.secret(), details.enabled(), details.quota(), details.used().total(), details.expiresAt(),
                    details.delayedStart(), details.deviceLimit(), code, now, Optional.empty(), Optional.empty());
            try {
                transactions.run(() -> unclaimed.insert(stored));
                return line(candidate, Outcome.UNCLAIMED, null, code, marked, "");
            } catch (DuplicateKeyException e) {
                if (unclaimed.emailsOn(server).contains(email)) {
                    return line(candidate, Outcome.SKIPPED, null, null, marked, "stored meanwhile by another run");
                }
                if (attempt == CODE_TRIES) {
                    throw e;
                }
            }
        }
    }

    private static boolean mark(ServerId server, PanelGateway gateway, String email) {
        if (!gateway.capabilities().contains(PanelCapability.MARKS_OWNERSHIP)) {
            return false;
        }
        try {
            return gateway.markOwned(email);
        } catch (PanelException e) {
            LOG.log(Level.WARNING, "could not write the ownership mark on {0} at {1}: {2}", email, server, e.getMessage());
            return false;
        }
    }

    private static Line line(Candidate candidate, Outcome outcome, SubscriptionId subscription, String code,
                             boolean marked, String detail) {
        Match match = candidate.match();
        return new Line(candidate.email(), match, candidate.user(), outcome, Optional.ofNullable(subscription),
                Optional.ofNullable(code), marked, detail);
    }
}
