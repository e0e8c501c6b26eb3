-- All-locations plans: one purchase places a client on every server of the plan. The subscription keeps its first
-- server in subscriptions.server_id; subscription_placements lists the others. A row may be written when the order is
-- placed, before its subscription exists (no foreign key): only rows of stored subscriptions are ever read.
ALTER TABLE plans ADD COLUMN all_locations BOOLEAN DEFAULT FALSE NOT NULL;
CREATE TABLE subscription_placements (
    subscription_id UUID NOT NULL,
    server_id       VARCHAR(40) NOT NULL,
    CONSTRAINT pk_subscription_placements PRIMARY KEY (subscription_id, server_id)
);
CREATE INDEX ix_subscription_placements_server ON subscription_placements (server_id);
