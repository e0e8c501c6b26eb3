-- One row per server, locked (SELECT ... FOR UPDATE) by whoever counts a server's live subscriptions in order to add
-- one: two purchases settled at the same moment, on one instance or two, cannot both take the server's last slot.
CREATE TABLE placement_locks (
    server_id VARCHAR(40) NOT NULL,
    CONSTRAINT pk_placement_locks PRIMARY KEY (server_id)
);
