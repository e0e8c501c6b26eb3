-- Subscriptions sold under plans: the plan, the traffic counted so far, the device limit and the two flags.
-- traffic_percent is derived by the repository (floor(traffic_used_bytes * 100 / quota_bytes), 0 for unlimited quota)
-- so that the due-reminder query can range-scan an index instead of computing a ratio per row.
-- One column per statement: H2 and PostgreSQL disagree on the syntax for adding several at once.
ALTER TABLE subscriptions ADD COLUMN plan_id VARCHAR(40);
ALTER TABLE subscriptions ADD COLUMN traffic_used_bytes BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE subscriptions ADD COLUMN traffic_percent INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE subscriptions ADD COLUMN device_limit INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE subscriptions ADD COLUMN start_on_first_use BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE subscriptions ADD COLUMN auto_renew BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE subscriptions ADD CONSTRAINT ck_subscriptions_traffic_used CHECK (traffic_used_bytes >= 0);
ALTER TABLE subscriptions ADD CONSTRAINT ck_subscriptions_device_limit CHECK (device_limit >= 0);
