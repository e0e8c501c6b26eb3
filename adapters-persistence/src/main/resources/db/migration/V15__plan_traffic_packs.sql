-- Traffic packs a plan sells for the current term of its subscriptions: one row per pack and currency. A pack is
-- named by the traffic it adds (unique within its plan); position keeps the order the shop offers them in.
CREATE TABLE plan_traffic_packs (
    plan_id       VARCHAR(40) NOT NULL,
    traffic_bytes BIGINT NOT NULL,
    position      INTEGER NOT NULL,
    currency      VARCHAR(8) NOT NULL,
    amount_minor  BIGINT NOT NULL,
    CONSTRAINT pk_plan_traffic_packs PRIMARY KEY (plan_id, traffic_bytes, currency),
    CONSTRAINT fk_plan_traffic_packs_plan FOREIGN KEY (plan_id) REFERENCES plans (id),
    CONSTRAINT ck_plan_traffic_packs_traffic CHECK (traffic_bytes > 0),
    CONSTRAINT ck_plan_traffic_packs_amount CHECK (amount_minor > 0)
);
