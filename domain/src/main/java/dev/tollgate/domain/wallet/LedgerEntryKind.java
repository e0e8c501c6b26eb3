package dev.tollgate.domain.wallet;

/** Why a wallet balance moved; credits are positive, debits negative. */
public enum LedgerEntryKind {
    TOP_UP(true),
    /** Paying an order from the balance. */
    PAYMENT(false),
    /** Money given back for an order (failed provisioning, admin refund). */
    REFUND(true),
    /** A referrer's share of a referred user's paid order. */
    CASHBACK(true),
    /** A payment that arrived for an order that no longer accepted it (expired, cancelled, already paid). */
    UNMATCHED_PAYMENT(true),
    /** An admin's manual correction, either way. */
    ADJUSTMENT(true);

    private final boolean credit;

    LedgerEntryKind(boolean credit) {
        this.credit = credit;
    }

    /** Whether entries of this kind add money (ADJUSTMENT may do either). */
    public boolean isCredit() {
        return credit;
    }
}
