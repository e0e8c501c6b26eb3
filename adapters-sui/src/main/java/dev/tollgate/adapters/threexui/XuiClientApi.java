package dev.tollgate.adapters.threexui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.application.port.out.TrafficUsage;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One generation of the 3x-UI client API: the per-inbound routes (up to v3.0.x) or the clients routes (v3.1+). */
interface XuiClientApi {

    /** A client as the panel stores it: the key the panel knows it by, its raw fields and its inbounds. */
    record StoredClient(String email, ObjectNode fields, List<Integer> inboundIds, String inboundProtocol) {
    }

    /** A short name for logs and health, e.g. "clients API (v3.1+)". */
    String label();

    /** The client whose email matches, compared case-insensitively as the panel does. */
    Optional<StoredClient> find(String email);

    /**
     * The fields of a stored client that the panel owns (flow, comment, an admin's HWID limit, ...) and an update must
     * send back so the panel keeps them, in the shape the update route binds; never the fetched record as such.
     */
    ObjectNode carried(StoredClient stored);

    /** The full update body that leaves the stored client exactly as it is (to change one field, such as the comment). */
    ObjectNode unchanged(StoredClient stored);

    /** Adds the client, in the given enable state; returns false when the panel says the email is taken already. */
    boolean add(ObjectNode client);

    /** Replaces the stored client with the given full client object. */
    void update(StoredClient stored, ObjectNode client);

    /** Removes the client; returns false when the panel refuses because it would leave an inbound empty. */
    boolean delete(StoredClient stored);

    /** Traffic counted for the client, or empty when the panel has no record of it. */
    Optional<TrafficUsage> usage(String email);

    /** Traffic of every client the panel counts, keyed by email in lower case. */
    java.util.Map<String, TrafficUsage> usageOfAll();

    /** Every client on our inbound(s), as the panel lists it. */
    java.util.List<dev.tollgate.application.port.out.ListedClient> list();

    void resetTraffic(StoredClient stored);

    Set<String> onlines();

    /** The protocol of the inbound clients are added to, in the panel's spelling ("vless", "trojan", ...). */
    String inboundProtocol();
}
