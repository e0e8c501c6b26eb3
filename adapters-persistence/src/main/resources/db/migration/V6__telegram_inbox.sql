-- The durable inbox of Telegram bot updates (UpdateInbox): an update is stored here before Telegram is told it arrived
-- (the polling offset moves on, or the webhook answers 200), then whichever worker of whichever instance leases it
-- handles it. Runs unchanged on H2 (file mode) and PostgreSQL 15+.
--
--   update_id     Telegram's update_id; the primary key, so a redelivered update is stored once
--   ordering_key  whose updates must be handled one at a time and in update_id order (the user's id)
--   kind          the update's type as Telegram names its field ("message", "callback_query", ...)
--   payload       the update's JSON exactly as Telegram sent it
--   received_at   when it was stored
--   attempts      how many times it was leased (each lease counts one, whether or not it then finished)
--   lease_holder  the worker holding or last holding it; kept after finish to show who handled it
--   leased_until  end of the current lease; NULL when never leased, released, or finished
--   finished      TRUE once handled or given up; a BOOLEAN next to finished_at because an equality on it lets both
--                 databases walk ix_telegram_updates_unfinished in update_id order and stop after the limit, which
--                 "finished_at IS NULL" does not (PostgreSQL then scans every finished row; see JooqUpdateInbox)
--   finished_at   when it was finished, for pruning
--   outcome       "ok", or why it was given up
--
-- ix_telegram_updates_unfinished: the claim's outer scan (unfinished, oldest first) and the depth count.
-- ix_telegram_updates_key: the claim's per-row probe "is there an older unfinished update of this key, or one of its
-- updates under a live lease" touches only that key's unfinished rows.
-- ix_telegram_updates_holder: renew and release find a worker's unfinished leases without reading finished rows.
-- ix_telegram_updates_finished_at: pruning deletes the oldest finished rows by a range scan.
-- Partial indexes ("WHERE NOT finished") would be smaller, but H2 does not parse them.
CREATE TABLE telegram_updates (
    update_id    BIGINT NOT NULL,
    ordering_key BIGINT NOT NULL,
    kind         VARCHAR(64) NOT NULL,
    payload      VARCHAR(1000000) NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts     INTEGER NOT NULL,
    lease_holder VARCHAR(200),
    leased_until TIMESTAMP WITH TIME ZONE,
    finished     BOOLEAN NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    outcome      VARCHAR(1000),
    CONSTRAINT pk_telegram_updates PRIMARY KEY (update_id),
    CONSTRAINT ck_telegram_updates_attempts CHECK (attempts >= 0),
    CONSTRAINT ck_telegram_updates_finished CHECK (finished = (finished_at IS NOT NULL))
);

CREATE INDEX ix_telegram_updates_unfinished ON telegram_updates (finished, update_id);
CREATE INDEX ix_telegram_updates_key ON telegram_updates (ordering_key, finished, update_id);
CREATE INDEX ix_telegram_updates_holder ON telegram_updates (lease_holder, finished);
CREATE INDEX ix_telegram_updates_finished_at ON telegram_updates (finished, finished_at);
