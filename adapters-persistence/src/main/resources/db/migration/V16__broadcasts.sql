-- Broadcasts (issue 10, item 8): a message an admin sent to a segment of the customers, and one delivery row per
-- recipient. Runs unchanged on H2 and PostgreSQL.
--   broadcasts.segment        Segment.code(): ALL, ACTIVE, EXPIRED, TRIAL_ONLY, NEVER_PAID or LANGUAGE_<EN|FA|RU>
--   broadcasts.lease_holder   the instance sending it until leased_until (renewed at every step); another instance
--                             takes over only when the lease ran out
--   broadcast_deliveries      PENDING -> SENDING (taken by holder at taken_at, before the message goes out) -> SENT,
--                             FAILED, BLOCKED; SENDING rows whose sender died become UNCONFIRMED and are never resent
CREATE TABLE broadcasts (
    id               UUID NOT NULL,
    author           BIGINT NOT NULL,
    html             VARCHAR(8000) NOT NULL,
    photo_file_id    VARCHAR(256),
    button_label     VARCHAR(64),
    button_url       VARCHAR(2048),
    segment          VARCHAR(24) NOT NULL,
    recipients       INTEGER NOT NULL,
    status           VARCHAR(16) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    progress_message INTEGER,
    lease_holder     VARCHAR(128),
    leased_until     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_broadcasts PRIMARY KEY (id),
    CONSTRAINT ck_broadcasts_status CHECK (status IN ('SENDING', 'DONE', 'CANCELLED'))
);

CREATE INDEX ix_broadcasts_status_created ON broadcasts (status, created_at);

CREATE TABLE broadcast_deliveries (
    broadcast_id UUID NOT NULL,
    recipient    BIGINT NOT NULL,
    status       VARCHAR(16) NOT NULL,
    holder       VARCHAR(128),
    taken_at     TIMESTAMP WITH TIME ZONE,
    settled_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_broadcast_deliveries PRIMARY KEY (broadcast_id, recipient),
    CONSTRAINT fk_broadcast_deliveries_broadcast FOREIGN KEY (broadcast_id) REFERENCES broadcasts (id),
    CONSTRAINT ck_broadcast_deliveries_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'BLOCKED',
        'UNCONFIRMED'))
);

CREATE INDEX ix_broadcast_deliveries_status ON broadcast_deliveries (broadcast_id, status, recipient);
