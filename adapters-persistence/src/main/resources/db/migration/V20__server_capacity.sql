-- Server capacity: at most max_clients live subscriptions (0 = unlimited); sales_open = false places no new
-- subscription there (the ones already there stay). One column per statement (H2 and PostgreSQL).
ALTER TABLE panel_servers ADD COLUMN max_clients INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE panel_servers ADD COLUMN sales_open BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE panel_servers ADD CONSTRAINT ck_panel_servers_max_clients CHECK (max_clients >= 0);
