-- The cluster-safe scheduler (db-scheduler 16): one row per recurring job; an instance claims a due row by bumping
-- its version (so each run happens once across all instances), heartbeats while it runs, and a row whose heartbeat
-- stopped is handed to another instance. Column names and types are the ones db-scheduler reads and writes.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            VARCHAR(100),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    CONSTRAINT pk_scheduled_tasks PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX ix_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);

-- The last run of each job, whichever instance ran it: what /metrics and the admins see.
CREATE TABLE job_runs (
    job               VARCHAR(100) NOT NULL,
    instance          VARCHAR(100) NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_millis   BIGINT NOT NULL,
    succeeded         BOOLEAN NOT NULL,
    failure           VARCHAR(1000),
    last_success_at   TIMESTAMP WITH TIME ZONE,
    runs              BIGINT NOT NULL,
    failures          BIGINT NOT NULL,
    CONSTRAINT pk_job_runs PRIMARY KEY (job)
);
