package dev.tollgate.application.service.broadcast;

import dev.tollgate.application.port.in.PreviewBroadcastUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.BroadcastAudience;
import dev.tollgate.application.port.out.BroadcastSender;
import java.util.Optional;

/** Sends the admin their own copy of a broadcast and counts its recipients; changes nothing. */
public final class PreviewBroadcastService implements PreviewBroadcastUseCase {

    private final AdminDirectory staff;
    private final BroadcastAudience audience;
    private final BroadcastSender sender;

    public PreviewBroadcastService(AdminDirectory staff, BroadcastAudience audience, BroadcastSender sender) {
        this.staff = staff;
        this.audience = audience;
        this.sender = sender;
    }

    @Override
    public Result preview(Command command) {
        if (!BroadcastRules.allows(staff, command.admin(), "preview a broadcast")) {
            return new Refused(Reason.NOT_AN_ADMIN, "");
        }
        Optional<String> problem = BroadcastRules.problem(command.message());
        if (problem.isPresent()) {
            return new Refused(Reason.INVALID_MESSAGE, problem.get());
        }
        int recipients = audience.members(command.segment()).size();
        if (sender.preview(command.admin(), command.message()) != BroadcastSender.Delivery.SENT) {
            return new Refused(Reason.NOT_DELIVERED, "");
        }
        return new Previewed(recipients);
    }
}
