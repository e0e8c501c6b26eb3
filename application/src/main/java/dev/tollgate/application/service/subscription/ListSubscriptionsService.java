package dev.tollgate.application.service.subscription;

import dev.tollgate.application.port.in.ListSubscriptionsUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.Subscription;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists a user's subscriptions on servers that are still configured, with the links of an all-locations subscription
 * on its other servers.
 */
public final class ListSubscriptionsService implements ListSubscriptionsUseCase {

    private final SubscriptionRepository subscriptions;
    private final ServerCatalog servers;
    private final SubscriptionProvisioner provisioner;

    public ListSubscriptionsService(SubscriptionRepository subscriptions, ServerCatalog servers,
                                    SubscriptionProvisioner provisioner) {
        this.subscriptions = subscriptions;
        this.servers = servers;
        this.provisioner = provisioner;
    }

    @Override
    public List<AccessDetails> list(Command command) {
        return subscriptions.findByOwner(command.user()).stream()
                .flatMap(subscription -> servers.find(subscription.server()).stream()
                        .map(server -> provisioner.accessWithDevicesOnline(subscription, server)
                                .withElsewhere(elsewhere(subscription))))
                .toList();
    }

    /** The subscription's link on each other server of an all-locations plan that is still configured. */
    private List<AccessDetails.Location> elsewhere(Subscription subscription) {
        List<ServerId> all = subscriptions.serversOf(subscription);
        if (all.size() < 2) {
            return List.of();
        }
        List<AccessDetails.Location> others = new ArrayList<>();
        for (ServerId other : all) {
            if (!other.equals(subscription.server())) {
                servers.find(other).ifPresent(server -> {
                    AccessDetails there = provisioner.accessFor(subscription, server);
                    others.add(new AccessDetails.Location(there.serverName(), there.shareLink()));
                });
            }
        }
        return others;
    }
}
