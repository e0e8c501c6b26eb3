package dev.tollgate.application.port.in;

import dev.tollgate.application.port.out.PanelInbound;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.List;
import java.util.Objects;

/**
 * An admin about to add a server tests the connection: the panel or core is called with the address and credentials
 * typed so far (nothing is stored), and a panel lists its inbounds to pick from. The credentials come back sealed,
 * to be handed to {@link SaveServerUseCase} without ever being kept in plain text.
 */
public interface ProbeServerUseCase {

    /** The kinds of server an admin can add. */
    List<String> KINDS = List.of("3x-ui", "s-ui", "xray", "v2ray");

    Result probe(Command command);

    /** {@code password} or {@code apiToken} (or neither, for cores); empty secrets are absent. */
    record Command(TelegramUserId admin, String kind, String address, String username, Secret password,
                   Secret apiToken) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            kind = kind == null ? "" : kind;
            address = address == null ? "" : address.strip();
            username = username == null ? "" : username.strip();
            password = password == null ? new Secret("") : password;
            apiToken = apiToken == null ? new Secret("") : apiToken;
        }
    }

    sealed interface Result {
    }

    /**
     * The server answered. {@code inbounds} is what a panel offers (empty for cores, which cannot list theirs);
     * {@code sealedCredentials} is opaque and opens only for this admin.
     */
    record Reached(String detail, List<PanelInbound> inbounds, boolean panel, String sealedCredentials)
            implements Result {
        public Reached {
            inbounds = List.copyOf(inbounds);
        }
    }

    /** {@code detail} is the panel's or our own words, safe to show to the admin (never a secret). */
    record Failed(Reason reason, String detail) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN,
        UNKNOWN_KIND,
        /** A panel needs its URL with scheme, host and base path; a core {@code host:port}. */
        INVALID_ADDRESS,
        /** A panel needs a username and password, or an API token. */
        MISSING_CREDENTIALS,
        WRONG_CREDENTIALS,
        UNREACHABLE
    }
}
