-- The last health check of each server's panel, whichever instance ran it: /health, metrics and the bot read it.
-- restart_pending is set when a check saw a core restart and cleared only by reconciliation once it re-applied the
-- clients, so no reader can hide a restart.
CREATE TABLE panel_status (
    server_id       VARCHAR(40) NOT NULL,
    reachable       BOOLEAN NOT NULL,
    version         VARCHAR(200) NOT NULL,
    latency_millis  BIGINT NOT NULL,
    checked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    detail          VARCHAR(1000) NOT NULL,
    restart_pending BOOLEAN NOT NULL,
    CONSTRAINT pk_panel_status PRIMARY KEY (server_id)
);
