package dev.tollgate.domain.staff;

/** The kinds of admin action the audit log records; stored by name, so names never change. */
public enum AuditAction {
    STAFF_ROLE_SET,
    STAFF_REMOVED,
    RECEIPT_APPROVED,
    RECEIPT_REJECTED,
    ACCESS_GRANTED,
    ACCESS_EXTENDED,
    ACCESS_REVOKED,
    ORDER_REFUNDED,
    PLAN_SAVED,
    PROMO_CODE_SAVED,
    PROMO_CODE_DISABLED,
    WALLET_ADJUSTED,
    CUSTOMER_MESSAGED,
    TICKET_ANSWERED,
    TICKET_CLOSED,
    SERVER_ADDED,
    SERVER_EDITED,
    SERVER_REMOVED,
    SHOP_SETTING_CHANGED,
    SHOP_SETTING_RESET,
    SUBSCRIPTION_MOVED
}
