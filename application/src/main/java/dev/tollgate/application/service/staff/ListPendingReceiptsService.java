package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.ListPendingReceiptsUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.staff.StaffRole;
import java.util.List;

/** The receipts queue: one more than asked is read to know whether more wait. */
public final class ListPendingReceiptsService implements ListPendingReceiptsUseCase {

    private final AdminDirectory directory;
    private final PaymentRepository payments;

    public ListPendingReceiptsService(AdminDirectory directory, PaymentRepository payments) {
        this.directory = directory;
        this.payments = payments;
    }

    @Override
    public Result list(Command command) {
        if (!StaffGuard.allows(directory, command.admin(), StaffRole.ADMIN, "list the receipts to review")) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        List<Payment> waiting = payments.findAwaitingReview(command.limit() + 1);
        return new Pending(waiting.subList(0, Math.min(command.limit(), waiting.size())), waiting.size() > command.limit());
    }
}
