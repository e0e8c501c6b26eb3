package dev.tollgate.application.service.provisioning;

import dev.tollgate.application.port.in.ShowServerStatusUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.PanelStatuses;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.service.common.AdminGuard;
import java.util.Optional;

/** A server's last recorded check for admins; the panel itself is not called. */
public final class ShowServerStatusService implements ShowServerStatusUseCase {

    private final AdminDirectory admins;
    private final ServerCatalog servers;
    private final PanelStatuses statuses;

    public ShowServerStatusService(AdminDirectory admins, ServerCatalog servers, PanelStatuses statuses) {
        this.admins = admins;
        this.servers = servers;
        this.statuses = statuses;
    }

    @Override
    public Result show(Command command) {
        if (!AdminGuard.allows(admins, command.staff(), "read the status of server " + command.server())) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        Optional<ServerSettings> server = servers.find(command.server());
        if (server.isEmpty()) {
            return new Refused(Reason.UNKNOWN_SERVER);
        }
        return new Found(command.server(), server.get().displayName(), statuses.find(command.server()));
    }
}
