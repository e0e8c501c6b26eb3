package dev.tollgate.application.port.out;

/** Optional behaviour a panel gateway may offer; callers and the contract test check before relying on it. */
public enum PanelCapability {
    /** {@link PanelGateway#onlineClients()} answers. */
    ONLINE_CLIENTS,
    /** {@link PanelGateway#subscriptionUrl(PanelClient)} can answer. */
    SUBSCRIPTION_URL,
    /** The panel stores clients and their traffic itself, so they survive its restarts. */
    PERSISTENT_CLIENTS,
    /** The panel disables clients on its own at expiry or when the quota is used up. */
    ENFORCES_LIMITS,
    /** The panel can start a client's term at its first traffic. */
    START_ON_FIRST_USE,
    /** {@link PanelGateway#usageOfAll()} answers every client's traffic in one call (or a few). */
    LISTS_USAGE,
    /** {@link PanelGateway#listClients()} answers every client of the server's inbound(s), so drift can be found. */
    LISTS_CLIENTS,
    /** {@link PanelGateway#inbounds()} answers every inbound of the panel. */
    LISTS_INBOUNDS,
    /** {@link PanelGateway#readClient(String)} answers a client in full (credential, term, traffic) for an import. */
    READS_CLIENTS,
    /** {@link PanelGateway#markOwned(String)} can write the {@link OwnershipMark} on an existing client safely. */
    MARKS_OWNERSHIP,
    /** {@link PanelGateway#devicesOnline(PanelClient)} answers the distinct IPs a client is connected from now. */
    ONLINE_DEVICES
}
