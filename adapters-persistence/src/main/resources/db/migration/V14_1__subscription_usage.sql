-- The traffic each subscription has used on each of its servers, as the usage sync last read it from the panel
-- (bytes; uplink = sent by the user's devices). The limits job, the bot and the feed read it instead of a panel.
-- No foreign key to subscriptions: the sync writes thousands of rows per panel in a few statements.
CREATE TABLE subscription_usage (
    subscription_id UUID NOT NULL,
    server_id       VARCHAR(40) NOT NULL,
    uplink_bytes    BIGINT NOT NULL,
    downlink_bytes  BIGINT NOT NULL,
    synced_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_subscription_usage PRIMARY KEY (subscription_id, server_id)
);
