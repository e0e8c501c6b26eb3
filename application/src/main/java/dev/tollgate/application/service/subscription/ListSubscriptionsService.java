package dev.tollgate.application.service.subscription;

import dev.tollgate.application.port.in.ListSubscriptionsUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import java.util.List;

/** Lists a user's subscriptions on servers that are still configured. */
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
                        .map(server -> provisioner.accessWithDevicesOnline(subscription, server)))
                .toList();
    }
}
