-- Where each user is in a multi-step flow of the bot (Conversations): one row per user, replaced as the flow moves
-- on, ignored once expired and deleted by pruning. Runs unchanged on H2 (file mode) and PostgreSQL 15+.
--
--   telegram_user_id  the user; the primary key, so a user has at most one conversation
--   step              the screen's input step the user is at (at most 64 characters)
--   step_values       what the user entered so far, form-encoded (k=v&k2=v2, UTF-8 percent-encoded, keys sorted);
--                     sized so that 4,000 characters of non-Latin text (6 encoded characters per Persian letter)
--                     still fit
--   expires_at        after this instant the conversation is over, whether or not it was pruned yet
--
-- No foreign key to customers: a flow may start before the customer row is written, and rows are short-lived.
-- ix_conversations_expires_at: pruning deletes expired rows by a range scan.
CREATE TABLE conversations (
    telegram_user_id BIGINT NOT NULL,
    step             VARCHAR(64) NOT NULL,
    step_values      VARCHAR(32000) NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_conversations PRIMARY KEY (telegram_user_id)
);

CREATE INDEX ix_conversations_expires_at ON conversations (expires_at);
