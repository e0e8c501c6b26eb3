-- Indexes for the due-reminder query (see JooqSubscriptionRepository.findDueReminders and README-benchmark.md):
-- each expiry window is a range of expires_at among ACTIVE rows, each traffic threshold a range of traffic_percent
-- among ACTIVE rows, so both are index range scans; the "already sent" test probes pk_reminder_log.
-- The trailing columns make the indexes covering (the query reads only id and expires_at), so PostgreSQL can answer
-- from the index alone instead of visiting a heap page per candidate row; INCLUDE (...) would say the same but H2
-- does not parse it.
CREATE INDEX ix_subscriptions_status_expires ON subscriptions (status, expires_at, id);
CREATE INDEX ix_subscriptions_status_traffic ON subscriptions (status, traffic_percent, expires_at, id);
