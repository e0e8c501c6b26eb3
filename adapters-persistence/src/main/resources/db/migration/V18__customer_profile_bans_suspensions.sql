-- What the back office needs to find and moderate customers. Runs unchanged on H2 (file mode) and PostgreSQL 15+.
--
--   customers.username, first_name, last_name  what Telegram sent with the customer's latest update (username without
--                    "@"); kept in step on every update so staff can search by them. NULL when Telegram gave none.
--   customers.banned_at  when an admin banned the customer from the shop (no purchase, no trial); NULL otherwise.
--   subscriptions.suspended_at  when an admin suspended the subscription (status SUSPENDED); on resume the expiry
--                    moves on by the time it was suspended. NULL otherwise.
ALTER TABLE customers ADD COLUMN username VARCHAR(32);
ALTER TABLE customers ADD COLUMN first_name VARCHAR(64);
ALTER TABLE customers ADD COLUMN last_name VARCHAR(64);
ALTER TABLE customers ADD COLUMN banned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE subscriptions ADD COLUMN suspended_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_customers_username ON customers (username);
