-- Which version of each configured plan was last written to the database (issue 10): the configuration seeds plans,
-- edits made in the bot win, and a plan's entry in the file is applied again only when it changed since.
--   fingerprint  SHA-256 (hex) of the configured entry as it was last applied
CREATE TABLE plan_seeds (
    plan_id     VARCHAR(40) NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    applied_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_plan_seeds PRIMARY KEY (plan_id)
);
