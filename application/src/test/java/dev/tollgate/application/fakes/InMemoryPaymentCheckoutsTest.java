package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.PaymentCheckoutsContract;
import dev.tollgate.application.port.out.PaymentCheckouts;

class InMemoryPaymentCheckoutsTest extends PaymentCheckoutsContract {

    @Override
    protected PaymentCheckouts emptyCheckouts() {
        return new InMemoryPaymentCheckouts();
    }
}
