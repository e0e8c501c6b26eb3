package dev.tollgate.application.service.customer;

import dev.tollgate.application.port.in.AcceptTermsUseCase;
import dev.tollgate.application.port.out.TermsAcceptances;
import dev.tollgate.application.port.out.TransactionRunner;
import java.time.Clock;

/** Reads or records a user's acceptance of the shop's terms; accepting twice keeps the first time. */
public final class AcceptTermsService implements AcceptTermsUseCase {

    private final TermsAcceptances acceptances;
    private final TransactionRunner transactions;
    private final Clock clock;

    public AcceptTermsService(TermsAcceptances acceptances, TransactionRunner transactions, Clock clock) {
        this.acceptances = acceptances;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result accept(Command command) {
        if (command.accept()) {
            transactions.run(() -> acceptances.accept(command.user(), clock.instant()));
            return new Result(true);
        }
        return new Result(acceptances.acceptedAt(command.user()).isPresent());
    }
}
