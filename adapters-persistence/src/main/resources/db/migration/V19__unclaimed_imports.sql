-- Issue 12 (import): panel clients an import adopted without knowing their Telegram user. Each waits, with what the
-- panel kept (credential, quota and traffic in bytes, expiry or the length of a term that starts at first use), for
-- the user who sends its one-time claim code; claimed_by/subscription_id are set once, by the first claim.
CREATE TABLE unclaimed_imports (
    server_id             VARCHAR(40) NOT NULL,
    client_email          VARCHAR(64) NOT NULL,
    client_secret         VARCHAR(128) NOT NULL,
    enabled               BOOLEAN NOT NULL,
    quota_bytes           BIGINT NOT NULL,
    used_bytes            BIGINT NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE,
    delayed_start_seconds BIGINT,
    device_limit          INTEGER NOT NULL,
    claim_code            VARCHAR(16) NOT NULL,
    imported_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by            BIGINT,
    claimed_at            TIMESTAMP WITH TIME ZONE,
    subscription_id       UUID,
    CONSTRAINT pk_unclaimed_imports PRIMARY KEY (server_id, client_email),
    CONSTRAINT uq_unclaimed_imports_code UNIQUE (claim_code),
    CONSTRAINT ck_unclaimed_imports_quota CHECK (quota_bytes >= 0 AND used_bytes >= 0 AND device_limit >= 0)
);

CREATE INDEX ix_unclaimed_imports_open ON unclaimed_imports (claimed_by, imported_at);

-- Every claim attempt, right or wrong: the limit is attempts per user per hour, shared by every instance.
CREATE TABLE claim_attempts (
    telegram_user_id BIGINT NOT NULL,
    attempted_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_claim_attempts_user ON claim_attempts (telegram_user_id, attempted_at);
