-- Servers added by admins at run time. Passwords and API tokens are AES-GCM ciphertexts, never plain text.
CREATE TABLE panel_servers (
    id                  VARCHAR(40) NOT NULL,
    kind                VARCHAR(16) NOT NULL,
    display_name        VARCHAR(128) NOT NULL,
    protocol            VARCHAR(24) NOT NULL,
    address             VARCHAR(512) NOT NULL,
    inbound             VARCHAR(128) NOT NULL,
    username            VARCHAR(128) NOT NULL,
    password_encrypted  VARCHAR(1024) NOT NULL,
    api_token_encrypted VARCHAR(1024) NOT NULL,
    options             VARCHAR(4000) NOT NULL,
    public_host         VARCHAR(255) NOT NULL,
    public_port         INTEGER NOT NULL,
    link_parameters     VARCHAR(4000) NOT NULL,
    version             BIGINT NOT NULL,
    CONSTRAINT pk_panel_servers PRIMARY KEY (id),
    CONSTRAINT ck_panel_servers_port CHECK (public_port BETWEEN 1 AND 65535)
);
