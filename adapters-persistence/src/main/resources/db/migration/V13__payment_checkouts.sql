-- Payments opened at a provider that has not yet said how they ended (PaymentCheckouts): a CryptoBot invoice until
-- it is paid or expires. The polling fallback asks the provider about the open ones, oldest first, so a lost webhook
-- still credits the payment; the payment itself is recorded in payments, once by (provider, external_id).
-- Runs unchanged on H2 (file mode) and PostgreSQL 15+.
--
--   provider, external_id  the provider and its id of the payment (the invoice id); the primary key
--   order_id               the order it pays
--   opened_at              when it was opened; closed_at when the provider said it ended (null while open)
--
-- No foreign key to orders: the row is a reminder to ask the provider; the payment row itself references its order.
-- ix_payment_checkouts_open: the poll reads a provider's open rows by a range scan.
CREATE TABLE payment_checkouts (
    provider     VARCHAR(24) NOT NULL,
    external_id  VARCHAR(200) NOT NULL,
    order_id     UUID NOT NULL,
    opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_payment_checkouts PRIMARY KEY (provider, external_id)
);

CREATE INDEX ix_payment_checkouts_open ON payment_checkouts (provider, closed_at, opened_at);
