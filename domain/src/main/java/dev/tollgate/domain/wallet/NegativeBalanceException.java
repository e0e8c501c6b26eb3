package dev.tollgate.domain.wallet;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.Money;

/** A wallet would go below zero; a broken invariant, since services check the balance before they debit. */
public final class NegativeBalanceException extends IllegalStateException {

    public NegativeBalanceException(TelegramUserId owner, Money balance) {
        super("the wallet of " + owner + " would go negative: " + balance);
    }
}
