-- A subscription's move to another server, one phase at a time: moving_to while the new client is created (the user
-- keeps server_id), moved_from after the switch while the old client is removed. Both NULL: no move under way.
ALTER TABLE subscriptions ADD COLUMN moving_to VARCHAR(40);
ALTER TABLE subscriptions ADD COLUMN moved_from VARCHAR(40);
ALTER TABLE subscriptions ADD CONSTRAINT ck_subscriptions_one_move_phase CHECK (moving_to IS NULL OR moved_from IS NULL);
