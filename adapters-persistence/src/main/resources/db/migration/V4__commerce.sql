-- The commerce core: plans, orders, payments, the wallet ledger, the provisioning queue, referrals, promo codes,
-- sent reminders and auto-renewal claims. Runs unchanged on H2 (file mode) and PostgreSQL 15+.
-- Money is minor units (BIGINT) plus a currency code; enums are their names; instants are UTC timestamps with zone.
-- Each idempotency rule of the core is a primary or unique key here, so the database, not the caller, enforces it.

CREATE TABLE plans (
    id                 VARCHAR(40) NOT NULL,
    name               VARCHAR(200) NOT NULL,
    duration_seconds   BIGINT NOT NULL,
    traffic_bytes      BIGINT NOT NULL,
    device_limit       INTEGER NOT NULL,
    start_on_first_use BOOLEAN NOT NULL,
    renewal_days       VARCHAR(8) NOT NULL,
    renewal_traffic    VARCHAR(8) NOT NULL,
    active             BOOLEAN NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT NOT NULL,
    CONSTRAINT pk_plans PRIMARY KEY (id),
    CONSTRAINT ck_plans_duration CHECK (duration_seconds > 0),
    CONSTRAINT ck_plans_traffic CHECK (traffic_bytes >= 0),
    CONSTRAINT ck_plans_device_limit CHECK (device_limit >= 0)
);

-- A plan's price list: one price per currency.
CREATE TABLE plan_prices (
    plan_id      VARCHAR(40) NOT NULL,
    currency     VARCHAR(8) NOT NULL,
    amount_minor BIGINT NOT NULL,
    CONSTRAINT pk_plan_prices PRIMARY KEY (plan_id, currency),
    CONSTRAINT fk_plan_prices_plan FOREIGN KEY (plan_id) REFERENCES plans (id),
    CONSTRAINT ck_plan_prices_amount CHECK (amount_minor >= 0)
);

CREATE TABLE plan_servers (
    plan_id   VARCHAR(40) NOT NULL,
    server_id VARCHAR(40) NOT NULL,
    CONSTRAINT pk_plan_servers PRIMARY KEY (plan_id, server_id),
    CONSTRAINT fk_plan_servers_plan FOREIGN KEY (plan_id) REFERENCES plans (id)
);

CREATE TABLE plan_server_groups (
    plan_id    VARCHAR(40) NOT NULL,
    group_name VARCHAR(100) NOT NULL,
    CONSTRAINT pk_plan_server_groups PRIMARY KEY (plan_id, group_name),
    CONSTRAINT fk_plan_server_groups_plan FOREIGN KEY (plan_id) REFERENCES plans (id)
);

-- The plan terms are frozen into the order (plan_* columns), so editing a plan changes nothing already sold.
-- subscription_id has no foreign key: a purchase names the subscription it will create before it exists.
CREATE TABLE orders (
    id                      UUID NOT NULL,
    customer_id             BIGINT NOT NULL,
    kind                    VARCHAR(16) NOT NULL,
    plan_id                 VARCHAR(40),
    plan_duration_seconds   BIGINT,
    plan_traffic_bytes      BIGINT,
    plan_device_limit       INTEGER,
    plan_start_on_first_use BOOLEAN,
    plan_renewal_days       VARCHAR(8),
    plan_renewal_traffic    VARCHAR(8),
    subscription_id         UUID,
    server_id               VARCHAR(40),
    currency                VARCHAR(8) NOT NULL,
    list_price_minor        BIGINT NOT NULL,
    discount_minor          BIGINT NOT NULL,
    credit_minor            BIGINT NOT NULL,
    promo_code              VARCHAR(32),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    pay_by                  TIMESTAMP WITH TIME ZONE NOT NULL,
    status                  VARCHAR(24) NOT NULL,
    paid_at                 TIMESTAMP WITH TIME ZONE,
    failure                 VARCHAR(4000),
    version                 BIGINT NOT NULL,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (telegram_user_id),
    CONSTRAINT fk_orders_plan FOREIGN KEY (plan_id) REFERENCES plans (id),
    CONSTRAINT ck_orders_amounts CHECK (list_price_minor >= 0 AND discount_minor >= 0 AND credit_minor >= 0)
);

CREATE INDEX ix_orders_customer_created ON orders (customer_id, created_at);
CREATE INDEX ix_orders_status_pay_by ON orders (status, pay_by);
CREATE INDEX ix_orders_paid_at ON orders (paid_at);

-- (provider, external_id) is what stops a replayed callback or receipt from crediting twice.
CREATE TABLE payments (
    id           UUID NOT NULL,
    order_id     UUID NOT NULL,
    payer_id     BIGINT NOT NULL,
    provider     VARCHAR(24) NOT NULL,
    external_id  VARCHAR(200) NOT NULL,
    currency     VARCHAR(8) NOT NULL,
    amount_minor BIGINT NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    receipt      VARCHAR(512),
    status       VARCHAR(24) NOT NULL,
    decided_at   TIMESTAMP WITH TIME ZONE,
    decided_by   BIGINT,
    version      BIGINT NOT NULL,
    CONSTRAINT pk_payments PRIMARY KEY (id),
    CONSTRAINT uq_payments_provider_external_id UNIQUE (provider, external_id),
    CONSTRAINT fk_payments_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT fk_payments_payer FOREIGN KEY (payer_id) REFERENCES customers (telegram_user_id),
    CONSTRAINT ck_payments_amount CHECK (amount_minor >= 0)
);

CREATE INDEX ix_payments_order_received ON payments (order_id, received_at);
CREATE INDEX ix_payments_status_received ON payments (status, received_at);

-- The append-only wallet ledger. Each line carries the balance after it; sequence_no numbers a wallet's lines from 1.
-- uq_wallet_ledger_line: two writers that read the same last line both try to write the same next sequence_no, and
-- only one can, so no debit is ever computed from a stale balance; ck_wallet_ledger_balance is the last line of
-- defence against a negative balance. uq_wallet_ledger_idempotency: the same credit or debit is never made twice.
CREATE TABLE wallet_ledger (
    id                  UUID NOT NULL,
    owner_id            BIGINT NOT NULL,
    currency            VARCHAR(8) NOT NULL,
    sequence_no         BIGINT NOT NULL,
    kind                VARCHAR(24) NOT NULL,
    amount_minor        BIGINT NOT NULL,
    balance_after_minor BIGINT NOT NULL,
    idempotency_key     VARCHAR(120) NOT NULL,
    order_id            UUID,
    note                VARCHAR(1000),
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_wallet_ledger PRIMARY KEY (id),
    CONSTRAINT uq_wallet_ledger_line UNIQUE (owner_id, currency, sequence_no),
    CONSTRAINT uq_wallet_ledger_idempotency UNIQUE (idempotency_key),
    CONSTRAINT fk_wallet_ledger_owner FOREIGN KEY (owner_id) REFERENCES customers (telegram_user_id),
    CONSTRAINT fk_wallet_ledger_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT ck_wallet_ledger_sequence CHECK (sequence_no >= 1),
    CONSTRAINT ck_wallet_ledger_amount CHECK (amount_minor <> 0),
    CONSTRAINT ck_wallet_ledger_balance CHECK (balance_after_minor >= 0)
);

-- The provisioning work queue: one task per order (uq_provisioning_tasks_order); a claim sets lease_holder and
-- leased_until with a conditional UPDATE, so two workers never hold the same task at once.
CREATE TABLE provisioning_tasks (
    id              UUID NOT NULL,
    order_id        UUID NOT NULL,
    subscription_id UUID NOT NULL,
    status          VARCHAR(16) NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(4000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_holder    VARCHAR(200),
    leased_until    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_provisioning_tasks PRIMARY KEY (id),
    CONSTRAINT uq_provisioning_tasks_order UNIQUE (order_id),
    CONSTRAINT fk_provisioning_tasks_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT ck_provisioning_tasks_attempts CHECK (attempts >= 0),
    CONSTRAINT ck_provisioning_tasks_lease CHECK ((lease_holder IS NULL AND leased_until IS NULL)
        OR (lease_holder IS NOT NULL AND leased_until IS NOT NULL))
);

CREATE INDEX ix_provisioning_tasks_due ON provisioning_tasks (status, next_attempt_at);

-- Keyed by the referred user: a referrer is fixed once and for all.
CREATE TABLE referrals (
    referred_id BIGINT NOT NULL,
    referrer_id BIGINT NOT NULL,
    referred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_referrals PRIMARY KEY (referred_id),
    CONSTRAINT fk_referrals_referred FOREIGN KEY (referred_id) REFERENCES customers (telegram_user_id),
    CONSTRAINT fk_referrals_referrer FOREIGN KEY (referrer_id) REFERENCES customers (telegram_user_id),
    CONSTRAINT ck_referrals_not_self CHECK (referred_id <> referrer_id)
);

CREATE INDEX ix_referrals_referrer ON referrals (referrer_id);

CREATE TABLE discount_codes (
    code               VARCHAR(32) NOT NULL,
    kind               VARCHAR(16) NOT NULL,
    percent_off        INTEGER NOT NULL,
    amount_off_minor    BIGINT,
    amount_off_currency VARCHAR(8),
    valid_from         TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until        TIMESTAMP WITH TIME ZONE NOT NULL,
    usage_limit        INTEGER NOT NULL,
    times_used         INTEGER NOT NULL,
    active             BOOLEAN NOT NULL,
    version            BIGINT NOT NULL,
    CONSTRAINT pk_discount_codes PRIMARY KEY (code),
    CONSTRAINT ck_discount_codes_usage CHECK (usage_limit >= 0 AND times_used >= 0
        AND (usage_limit = 0 OR times_used <= usage_limit))
);

-- (code, user) is the key: each user redeems a code once.
CREATE TABLE discount_redemptions (
    code        VARCHAR(32) NOT NULL,
    user_id     BIGINT NOT NULL,
    order_id    UUID NOT NULL,
    redeemed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_discount_redemptions PRIMARY KEY (code, user_id),
    CONSTRAINT fk_discount_redemptions_code FOREIGN KEY (code) REFERENCES discount_codes (code),
    CONSTRAINT fk_discount_redemptions_user FOREIGN KEY (user_id) REFERENCES customers (telegram_user_id),
    CONSTRAINT fk_discount_redemptions_order FOREIGN KEY (order_id) REFERENCES orders (id)
);

-- Each reminder once per (subscription, kind, period); period_end is the expiry the period ends at (or the epoch).
CREATE TABLE reminder_log (
    subscription_id UUID NOT NULL,
    kind            VARCHAR(24) NOT NULL,
    period_end      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_reminder_log PRIMARY KEY (subscription_id, kind, period_end),
    CONSTRAINT fk_reminder_log_subscription FOREIGN KEY (subscription_id) REFERENCES subscriptions (id)
);

-- One automatic renewal per subscription and period.
CREATE TABLE auto_renew_claims (
    subscription_id UUID NOT NULL,
    period_end      TIMESTAMP WITH TIME ZONE NOT NULL,
    order_id        UUID NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_auto_renew_claims PRIMARY KEY (subscription_id, period_end),
    CONSTRAINT fk_auto_renew_claims_subscription FOREIGN KEY (subscription_id) REFERENCES subscriptions (id),
    CONSTRAINT fk_auto_renew_claims_order FOREIGN KEY (order_id) REFERENCES orders (id)
);
