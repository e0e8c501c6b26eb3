package dev.tollgate.domain.payment;

/** Why an admin refused a card receipt; told to the customer in their language. Stored by name in the audit log. */
public enum ReceiptRejection {
    AMOUNT_MISMATCH,
    UNREADABLE,
    NOT_A_RECEIPT,
    ALREADY_USED
}
