-- Where a plan stands in the storefront's list (the back office sets it; the configuration never does, so the order
-- chosen in the bot survives every seeding). Lower first; plans at the same position are listed by id.
ALTER TABLE plans ADD COLUMN menu_position INTEGER DEFAULT 0 NOT NULL;
