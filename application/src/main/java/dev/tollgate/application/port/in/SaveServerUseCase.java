package dev.tollgate.application.port.in;

import dev.tollgate.application.port.out.Secret;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import java.util.Map;
import java.util.Objects;

/**
 * An admin adds a server, or edits one added in the bot (configured servers are read-only). The connection is tested
 * with the resulting settings before anything is stored: a server that does not answer, refuses the credentials or
 * lacks the inbound is not saved. Every save is audited, without its secrets.
 */
public interface SaveServerUseCase {

    Result save(Command command);

    /**
     * For a new server every field but the link parameters is required; for an edit a {@code null} field keeps the
     * stored value. Credentials are either {@code sealedCredentials} as {@link ProbeServerUseCase} answered them, or a
     * {@code password} or {@code apiToken} typed for an edit (with {@code username}).
     */
    record Command(TelegramUserId admin, ServerId id, boolean create, String name, String kind, Protocol protocol,
                   String address, String inbound, String username, String sealedCredentials, Secret password,
                   Secret apiToken, String publicHost, Integer publicPort, Map<String, String> linkParameters,
                   Integer maxClients, Boolean salesOpen) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
            linkParameters = linkParameters == null ? null : Map.copyOf(linkParameters);
        }

        /** A new server from what the add conversation collected. */
        public static Command create(TelegramUserId admin, ServerId id, String name, String kind, Protocol protocol,
                                     String address, String inbound, String username, String sealedCredentials,
                                     String publicHost, int publicPort) {
            return new Command(admin, id, true, name, kind, protocol, address, inbound, username, sealedCredentials,
                    null, null, publicHost, publicPort, null, null, null);
        }

        public static Command edit(TelegramUserId admin, ServerId id) {
            return new Command(admin, id, false, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null);
        }

        public Command withName(String newName) {
            return new Command(admin, id, create, newName, kind, protocol, address, inbound, username, sealedCredentials,
                    password, apiToken, publicHost, publicPort, linkParameters, maxClients, salesOpen);
        }

        /**
         * A new address: a panel's URL with its base path or a core's {@code host:port}. With a panel's login (see
         * {@link #withCredentials}) the new connection is tested before it is saved.
         */
        public Command withAddress(String newAddress) {
            return new Command(admin, id, create, name, kind, protocol, newAddress, inbound, username, sealedCredentials,
                    password, apiToken, publicHost, publicPort, linkParameters, maxClients, salesOpen);
        }

        /** Another kind of panel or core: refused while live subscriptions are on the server (their clients live there). */
        public Command withKind(String newKind) {
            return new Command(admin, id, create, name, newKind, protocol, address, inbound, username, sealedCredentials,
                    password, apiToken, publicHost, publicPort, linkParameters, maxClients, salesOpen);
        }

        public Command withPublic(String host, int port) {
            return new Command(admin, id, create, name, kind, protocol, address, inbound, username, sealedCredentials,
                    password, apiToken, host, port, linkParameters, maxClients, salesOpen);
        }

        /** A typed password (with its username) or API token; the other one is cleared. */
        public Command withCredentials(String newUsername, Secret newPassword, Secret newToken) {
            return new Command(admin, id, create, name, kind, protocol, address, inbound, newUsername, null,
                    newPassword == null ? new Secret("") : newPassword, newToken == null ? new Secret("") : newToken,
                    publicHost, publicPort, linkParameters, maxClients, salesOpen);
        }

        public Command withInbound(String newInbound, Protocol newProtocol) {
            return new Command(admin, id, create, name, kind, newProtocol, address, newInbound, username,
                    sealedCredentials, password, apiToken, publicHost, publicPort, linkParameters, maxClients, salesOpen);
        }

        /** At most {@code max} live subscriptions (0 = unlimited); no connection test is needed for it. */
        public Command withMaxClients(int max) {
            return new Command(admin, id, create, name, kind, protocol, address, inbound, username, sealedCredentials,
                    password, apiToken, publicHost, publicPort, linkParameters, max, salesOpen);
        }

        /** Opens or closes the server for new subscriptions; those already on it stay. No connection test. */
        public Command withSalesOpen(boolean open) {
            return new Command(admin, id, create, name, kind, protocol, address, inbound, username, sealedCredentials,
                    password, apiToken, publicHost, publicPort, linkParameters, maxClients, open);
        }

        /** Whether the change reaches the panel or core: only then is the connection tested before saving. */
        public boolean touchesConnection() {
            return create || kind != null || address != null || inbound != null || protocol != null
                    || sealedCredentials != null || password != null || apiToken != null;
        }

        public Command withLinkParameters(Map<String, String> parameters) {
            return new Command(admin, id, create, name, kind, protocol, address, inbound, username, sealedCredentials,
                    password, apiToken, publicHost, publicPort, parameters, maxClients, salesOpen);
        }
    }

    sealed interface Result {
    }

    /**
     * {@code tested}: the connection was tested with the saved settings (every add, and edits of the connection);
     * {@code changed}: something was stored (false when the edit gave what the server already had, and the panel's
     * link parameters read again were the same too).
     */
    record Saved(boolean created, boolean tested, String detail, boolean changed) implements Result {

        public Saved(boolean created, boolean tested, String detail) {
            this(created, tested, detail, true);
        }
    }

    record Refused(Reason reason, String detail) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN,
        /** A field is missing or malformed; {@code detail} says which. */
        INVALID,
        ALREADY_EXISTS,
        UNKNOWN_SERVER,
        /** The server comes from the configuration file; change it there. */
        CONFIGURED,
        /** The sealed credentials did not open (another admin's, or the conversation is too old): test again. */
        CREDENTIALS_EXPIRED,
        WRONG_CREDENTIALS,
        UNREACHABLE,
        /** The panel has no such inbound, or its protocol is not the server's. */
        NO_SUCH_INBOUND,
        /**
         * Another kind of panel or core for a server that live subscriptions are on (or moving to or from): their
         * clients live on the panel it has now; {@code detail} is how many.
         */
        KIND_IN_USE
    }
}
