package dev.tollgate.application.port.out;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * One server's panel or core, seen as a store of clients. Every mutating call is idempotent: creating a client
 * that exists, or deleting one that does not, is not an error. Failures are reported with the subclasses of
 * {@link PanelException}; library exceptions never escape an implementation.
 */
public interface PanelGateway extends AutoCloseable {

    Set<PanelCapability> capabilities();

    /** Creates the client, or brings an existing one with that email in line with it. */
    void createClient(PanelClient client);

    /** Replaces quota, expiry and enabled flag of an existing client; throws {@link PanelClientNotFoundException}. */
    void updateClient(PanelClient client);

    /** Lets the client connect again (cores re-add it; panels flip the flag). */
    void enableClient(PanelClient client);

    /** Stops the client from connecting while we keep its record, so it can be enabled later. */
    void disableClient(PanelClient client);

    /** Removes the client; a client that is already gone is not an error. */
    void deleteClient(PanelClient client);

    /** Traffic the panel has counted for the client since its last reset. */
    TrafficUsage usage(PanelClient client);

    /**
     * Traffic of every client the panel counts, in one call or a few ({@link PanelCapability#LISTS_USAGE}), keyed by
     * email in lower case (panels compare emails case-insensitively); clients without counted traffic may be absent.
     * Foreign clients may be included: callers take only the emails they know.
     */
    default java.util.Map<String, TrafficUsage> usageOfAll() {
        throw new UnsupportedOperationException("this panel does not list usage");
    }

    /**
     * Every client the panel holds on this server's inbound(s) ({@link PanelCapability#LISTS_CLIENTS}), ours and
     * foreign ones alike: callers act only on the emails they own.
     */
    default java.util.List<ListedClient> listClients() {
        throw new UnsupportedOperationException("this panel does not list clients");
    }

    /**
     * The inbounds the panel has, all of them and not only this server's ({@link PanelCapability#LISTS_INBOUNDS}), so
     * an admin adding a server can pick one; throws {@link PanelAuthenticationException} for wrong credentials.
     */
    default java.util.List<PanelInbound> inbounds() {
        throw new UnsupportedOperationException("this panel does not list its inbounds");
    }

    /**
     * The client with that email (compared as the panel compares them) read in full, for an import
     * ({@link PanelCapability#READS_CLIENTS}); empty when the panel has no such client on our inbound(s).
     */
    default Optional<PanelClientDetails> readClient(String email) {
        throw new UnsupportedOperationException("this panel does not read clients in full");
    }

    /**
     * Writes the {@link OwnershipMark} into the client's free-text field when that is safe: the field is empty and the
     * write changes nothing else ({@link PanelCapability#MARKS_OWNERSHIP}). Returns whether the mark was written.
     */
    default boolean markOwned(String email) {
        return false;
    }

    /**
     * How many distinct IPs the client is connected from now ({@link PanelCapability#ONLINE_DEVICES}): 0 when it is
     * offline or unknown to the core.
     */
    default int devicesOnline(PanelClient client) {
        throw new UnsupportedOperationException("this panel does not report online devices");
    }

    /** Sets the client's counted traffic back to zero. */
    void resetTraffic(PanelClient client);

    /** Whether the panel answers, and whether a core restarted since the last check. Never throws. */
    PanelHealth health();

    /** The panel's own subscription URL for the client, when the panel has one ({@link PanelCapability#SUBSCRIPTION_URL}). */
    default Optional<URI> subscriptionUrl(PanelClient client) {
        return Optional.empty();
    }

    /** Emails of the clients connected now ({@link PanelCapability#ONLINE_CLIENTS}). */
    default Set<String> onlineClients() {
        throw new UnsupportedOperationException("this panel does not report online clients");
    }

    /** Releases connections; the lifecycle calls it at shutdown. */
    @Override
    default void close() {
    }
}
