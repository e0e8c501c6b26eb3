package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.PANEL_SERVERS;

import dev.tollgate.adapters.persistence.generated.tables.records.PanelServersRecord;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerRepository;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

final class JooqServerRepository implements ServerRepository {

    private final DSLContext dsl;
    private final SecretCipher cipher;

    JooqServerRepository(DSLContext dsl, SecretCipher cipher) {
        this.dsl = dsl;
        this.cipher = cipher;
    }

    @Override
    public List<ServerSettings> findAll() {
        return Errors.translate("list servers", () -> dsl.selectFrom(PANEL_SERVERS).orderBy(PANEL_SERVERS.ID).fetch(this::toDomain));
    }

    @Override
    public Optional<ServerSettings> findById(ServerId id) {
        return Errors.translate("find server", () -> dsl.selectFrom(PANEL_SERVERS).where(PANEL_SERVERS.ID.eq(id.value()))
                .fetchOptional().map(this::toDomain));
    }

    @Override
    public void save(ServerSettings server) {
        String id = server.id().value();
        PanelServersRecord row = dsl.newRecord(PANEL_SERVERS);
        row.setId(id);
        row.setKind(server.kind());
        row.setDisplayName(server.displayName());
        row.setProtocol(server.protocol().name());
        row.setAddress(server.connection().address());
        row.setInbound(server.connection().inbound());
        row.setUsername(server.connection().username());
        row.setPasswordEncrypted(cipher.encrypt(server.connection().password(), passwordContext(id)));
        row.setApiTokenEncrypted(cipher.encrypt(server.connection().apiToken(), tokenContext(id)));
        row.setOptions(KeyValues.encode(server.connection().options()));
        row.setPublicHost(server.endpoint().host());
        row.setPublicPort(server.endpoint().port());
        row.setLinkParameters(KeyValues.encode(server.endpoint().typedParameters()));
        row.setPanelLinkParameters(KeyValues.encode(server.endpoint().panelParameters()));
        row.setMaxClients(server.maxClients());
        row.setSalesOpen(server.salesOpen());
        row.setVersion(0L);
        Errors.translate("save server " + id, () -> dsl.insertInto(PANEL_SERVERS).set(row)
                .onDuplicateKeyUpdate().set(row).set(PANEL_SERVERS.VERSION, PANEL_SERVERS.VERSION.plus(1)).execute());
    }

    @Override
    public void delete(ServerId id) {
        Errors.translate("delete server " + id, () -> dsl.deleteFrom(PANEL_SERVERS).where(PANEL_SERVERS.ID.eq(id.value())).execute());
    }

    private ServerSettings toDomain(PanelServersRecord row) {
        return new ServerSettings(new ServerId(row.getId()), row.getKind(), row.getDisplayName(), Protocol.valueOf(row.getProtocol()),
                new PanelConnection(row.getAddress(), row.getInbound(), row.getUsername(),
                        cipher.decrypt(row.getPasswordEncrypted(), passwordContext(row.getId())),
                        cipher.decrypt(row.getApiTokenEncrypted(), tokenContext(row.getId())),
                        KeyValues.decode(row.getOptions())),
                new PublicEndpoint(row.getPublicHost(), row.getPublicPort(), KeyValues.decode(row.getLinkParameters()),
                        KeyValues.decode(row.getPanelLinkParameters())),
                row.getMaxClients(), row.getSalesOpen());
    }

    private static String passwordContext(String id) {
        return "panel_servers.password_encrypted:" + id;
    }

    private static String tokenContext(String id) {
        return "panel_servers.api_token_encrypted:" + id;
    }
}
