package dev.tollgate.application.service.provisioning;

import dev.tollgate.application.port.in.PreviewImportUseCase;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.ListedClient;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lists what an import of a panel's clients would adopt: every client the shop does not hold as a subscription yet,
 * matched to a Telegram user by the panel's {@code tgId} (3x-UI), else by the shop's email convention, else left
 * unclaimed; with its expiry, quota and the traffic the panel counted. Reads only.
 */
public final class PreviewImportService implements PreviewImportUseCase {

    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final SubscriptionRepository subscriptions;
    private final CustomerRepository customers;

    public PreviewImportService(ServerCatalog servers, PanelGateways gateways, SubscriptionRepository subscriptions,
                                CustomerRepository customers) {
        this.servers = servers;
        this.gateways = gateways;
        this.subscriptions = subscriptions;
        this.customers = customers;
    }

    @Override
    public Result preview(Command command) {
        Optional<ServerSettings> server = servers.find(command.server());
        if (server.isEmpty()) {
            return new Refused(Reason.UNKNOWN_SERVER, command.server().value());
        }
        PanelGateway gateway = gateways.forServer(command.server());
        if (!gateway.capabilities().contains(PanelCapability.LISTS_CLIENTS)) {
            return new Refused(Reason.CANNOT_LIST, server.get().kind());
        }
        List<ListedClient> listed;
        Map<String, TrafficUsage> usage;
        try {
            listed = gateway.listClients();
            usage = gateway.capabilities().contains(PanelCapability.LISTS_USAGE) ? gateway.usageOfAll() : Map.of();
        } catch (PanelException e) {
            return new Refused(Reason.PANEL_UNAVAILABLE, e.getMessage());
        }
        Set<String> theShops = new HashSet<>();
        for (Subscription subscription : subscriptions.findByStatus(EnumSet.allOf(SubscriptionStatus.class))) {
            if (subscription.server().equals(command.server())) {
                theShops.add(subscription.credential().email());
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        int already = 0;
        for (ListedClient client : listed) {
            String email = client.email().toLowerCase(Locale.ROOT);
            if (theShops.contains(email)) {
                already++;
                continue;
            }
            Match match;
            Optional<TelegramUserId> user;
            if (client.telegramId() > 0) {
                match = Match.TELEGRAM_ID;
                user = Optional.of(new TelegramUserId(client.telegramId()));
            } else if (ClientCredential.isShopEmail(email)) {
                match = Match.EMAIL_CONVENTION;
                user = Optional.of(new TelegramUserId(Long.parseLong(email.substring(2, email.indexOf('-')))));
            } else {
                match = Match.UNCLAIMED;
                user = Optional.empty();
            }
            boolean known = user.flatMap(customers::findById).isPresent();
            candidates.add(new Candidate(client.email(), match, user, known, client.enabled(), client.quota(),
                    client.expiry(), usage.getOrDefault(email, TrafficUsage.NONE).total()));
        }
        candidates.sort(Comparator.comparing(Candidate::match).thenComparing(Candidate::email));
        return new Preview(command.server(), candidates, already);
    }
}
