package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.ShowSubscriptionUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.staff.StaffRole;

/** Shows one subscription to staff. */
public final class ShowSubscriptionService implements ShowSubscriptionUseCase {

    private final AdminDirectory directory;
    private final SubscriptionRepository subscriptions;

    public ShowSubscriptionService(AdminDirectory directory, SubscriptionRepository subscriptions) {
        this.directory = directory;
        this.subscriptions = subscriptions;
    }

    @Override
    public Result show(Command command) {
        if (!StaffGuard.allows(directory, command.staff(), StaffRole.SUPPORT, "see subscription " + command.subscription())) {
            return new Refused(Reason.NOT_STAFF);
        }
        return subscriptions.findById(command.subscription()).<Result>map(Shown::new)
                .orElseGet(() -> new Refused(Reason.UNKNOWN_SUBSCRIPTION));
    }
}
