package dev.tollgate.application.service.servers;

import dev.tollgate.application.port.in.ProbeServerUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.SealedSecrets;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.service.staff.StaffGuard;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.staff.StaffRole;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Tests a server's address and credentials before it is added; nothing is stored and nothing is audited. */
public final class ProbeServerService implements ProbeServerUseCase {

    private final AdminDirectory staff;
    private final PanelProbe probe;
    private final SealedSecrets seals;

    public ProbeServerService(AdminDirectory staff, Collection<PanelGatewayFactory> factories, SealedSecrets seals) {
        this.staff = staff;
        this.probe = new PanelProbe(factories);
        this.seals = seals;
    }

    @Override
    public Result probe(Command command) {
        if (!StaffGuard.allows(staff, command.admin(), StaffRole.ADMIN, "test a server's connection")) {
            return new Failed(Reason.NOT_AN_ADMIN, "");
        }
        if (!KINDS.contains(command.kind()) || !probe.knows(command.kind())) {
            return new Failed(Reason.UNKNOWN_KIND, command.kind());
        }
        Optional<String> problem = PanelProbe.addressProblem(command.kind(), command.address());
        if (problem.isPresent()) {
            return new Failed(Reason.INVALID_ADDRESS, problem.get());
        }
        boolean panel = PanelProbe.isPanel(command.kind());
        if (panel && command.apiToken().isEmpty() && (command.username().isEmpty() || command.password().isEmpty())) {
            return new Failed(Reason.MISSING_CREDENTIALS, "");
        }
        String address = PanelProbe.normalized(command.kind(), command.address());
        ServerSettings candidate = new ServerSettings(new ServerId("probe"), command.kind(), "probe", Protocol.VLESS,
                new PanelConnection(address, panel ? "0" : "probe", command.username(), command.password(),
                        command.apiToken(), Map.of()),
                new PublicEndpoint("probe.invalid", 443, Map.of()));
        PanelProbe.Outcome outcome = probe.probe(candidate, false);
        if (outcome instanceof PanelProbe.Answered answered) {
            String sealed = panel ? ServerCredentials.seal(seals, command.admin(), command.password(), command.apiToken()) : "";
            return new Reached(answered.detail(), answered.inbounds(), panel, sealed);
        }
        if (outcome instanceof PanelProbe.WrongCredentials wrong) {
            return new Failed(Reason.WRONG_CREDENTIALS, wrong.detail());
        }
        if (outcome instanceof PanelProbe.BadAddress bad) {
            return new Failed(Reason.INVALID_ADDRESS, bad.detail());
        }
        return new Failed(Reason.UNREACHABLE, ((PanelProbe.Unreachable) outcome).detail());
    }
}
