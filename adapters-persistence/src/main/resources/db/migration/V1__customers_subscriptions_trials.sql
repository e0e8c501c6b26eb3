-- Runs unchanged on H2 (file mode) and PostgreSQL 15+; jOOQ's code generator parses this file at build time.

CREATE TABLE customers (
    telegram_user_id BIGINT NOT NULL,
    language         VARCHAR(8) NOT NULL,
    first_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL,
    CONSTRAINT pk_customers PRIMARY KEY (telegram_user_id)
);

CREATE TABLE subscriptions (
    id            UUID NOT NULL,
    owner_id      BIGINT NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    server_id     VARCHAR(40) NOT NULL,
    client_email  VARCHAR(64) NOT NULL,
    client_secret VARCHAR(128) NOT NULL,
    term_seconds  BIGINT NOT NULL,
    quota_bytes   BIGINT NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(24) NOT NULL,
    activated_at  TIMESTAMP WITH TIME ZONE,
    expires_at    TIMESTAMP WITH TIME ZONE,
    version       BIGINT NOT NULL,
    CONSTRAINT pk_subscriptions PRIMARY KEY (id),
    CONSTRAINT fk_subscriptions_owner FOREIGN KEY (owner_id) REFERENCES customers (telegram_user_id),
    CONSTRAINT uq_subscriptions_client_email UNIQUE (client_email),
    CONSTRAINT ck_subscriptions_term CHECK (term_seconds > 0),
    CONSTRAINT ck_subscriptions_quota CHECK (quota_bytes >= 0)
);

CREATE INDEX ix_subscriptions_owner ON subscriptions (owner_id, created_at);
CREATE INDEX ix_subscriptions_status_created ON subscriptions (status, created_at);
CREATE INDEX ix_subscriptions_server_status ON subscriptions (server_id, status);

-- One row per Telegram user, ever: the primary key is the "one trial per user" rule.
CREATE TABLE trial_claims (
    telegram_user_id BIGINT NOT NULL,
    subscription_id  UUID NOT NULL,
    claimed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_trial_claims PRIMARY KEY (telegram_user_id),
    CONSTRAINT fk_trial_claims_customer FOREIGN KEY (telegram_user_id) REFERENCES customers (telegram_user_id),
    CONSTRAINT fk_trial_claims_subscription FOREIGN KEY (subscription_id) REFERENCES subscriptions (id)
);
