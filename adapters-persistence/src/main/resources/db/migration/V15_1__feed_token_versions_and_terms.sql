-- "Reset my link": the version signed into a user's subscription-feed token; no row means version 0.
CREATE TABLE feed_token_versions (
    user_id    BIGINT NOT NULL,
    version    INTEGER NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_feed_token_versions PRIMARY KEY (user_id),
    CONSTRAINT ck_feed_token_versions_version CHECK (version > 0)
);

-- Who accepted the shop's terms at first start (shop.terms-url / shop.terms), and when; once per user.
CREATE TABLE terms_acceptances (
    user_id     BIGINT NOT NULL,
    accepted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_terms_acceptances PRIMARY KEY (user_id)
);
