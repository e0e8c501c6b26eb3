-- What the Telegram edge keeps per customer. Runs unchanged on H2 (file mode) and PostgreSQL 15+.
--
--   language_chosen  TRUE once the user picked a language in the bot; from then on the language their Telegram client
--                    reports no longer replaces it. Existing customers never chose, hence the default.
--   blocked_bot_at   when Telegram answered 403 (the user blocked the bot); NULL while the bot may message them. Set
--                    back to NULL when they write again.
ALTER TABLE customers ADD COLUMN language_chosen BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE customers ADD COLUMN blocked_bot_at TIMESTAMP WITH TIME ZONE;
