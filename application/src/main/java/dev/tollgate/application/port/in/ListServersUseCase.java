package dev.tollgate.application.port.in;

import dev.tollgate.application.port.out.PanelStatus;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An admin lists the shop's servers: the configured ones (read-only) and those added in the bot, each with its last
 * recorded health check and how many live subscriptions it carries. Passwords and tokens are never part of it.
 */
public interface ListServersUseCase {

    Result list(Command command);

    record Command(TelegramUserId admin) {
        public Command {
            Objects.requireNonNull(admin, "admin");
        }
    }

    sealed interface Result {
    }

    /** Configured servers first, in their order, then the stored ones by id. */
    record Servers(List<Entry> servers) implements Result {
        public Servers {
            servers = List.copyOf(servers);
        }

        public Optional<Entry> find(ServerId id) {
            return servers.stream().filter(entry -> entry.id().equals(id)).findFirst();
        }
    }

    /** Only admins and owners see the servers. */
    record Refused() implements Result {
    }

    /**
     * One server. {@code address} has a panel's base path masked ({@code https://host:2053/***}{@code /}); {@code live}
     * counts the subscriptions that are pending, active or paused at their traffic limit on it; {@code maxClients}
     * (0 = unlimited) and {@code salesOpen} say whether new subscriptions may still be placed on it;
     * {@code linkParameters} are what its links carry (public values only), {@code fromPanel} the keys among them that
     * were read from the panel's inbound rather than typed.
     */
    record Entry(ServerId id, String name, String kind, Protocol protocol, String address, String inbound,
                 String publicHost, int publicPort, boolean configured, Optional<PanelStatus> health, int live,
                 String username, boolean hasPassword, boolean hasToken, int maxClients, boolean salesOpen,
                 Map<String, String> linkParameters, Set<String> fromPanel) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(health, "health");
            linkParameters = Map.copyOf(linkParameters == null ? Map.of() : linkParameters);
            fromPanel = Set.copyOf(fromPanel == null ? Set.of() : fromPanel);
        }
    }
}
