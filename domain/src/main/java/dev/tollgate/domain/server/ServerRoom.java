package dev.tollgate.domain.server;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How full one server is: the live subscriptions on it ({@code live}) against its capacity ({@code maxClients}, 0 =
 * unlimited), and whether it takes new subscriptions at all ({@code salesOpen}). The placement rule lives here: a new
 * subscription goes to the least-loaded server with room, the first configured one on a tie.
 */
public record ServerRoom(ServerId server, int maxClients, boolean salesOpen, long live) {

    public ServerRoom {
        Objects.requireNonNull(server, "server");
        if (maxClients < 0 || live < 0) {
            throw new IllegalArgumentException("capacity and load cannot be negative: " + maxClients + ", " + live);
        }
    }

    /** Whether one more subscription may be placed here. */
    public boolean hasRoom() {
        return salesOpen && (maxClients == 0 || live < maxClients);
    }

    /**
     * The server a new subscription goes to among {@code candidates} (in configuration order): the one with room and
     * the fewest live subscriptions; empty when none has room.
     */
    public static Optional<ServerId> leastLoaded(List<ServerRoom> candidates) {
        return candidates.stream().filter(ServerRoom::hasRoom)
                .min(Comparator.comparingLong(ServerRoom::live)) // min keeps the first of equals: configuration order
                .map(ServerRoom::server);
    }
}
