-- The public share-link parameters read from a stored server's panel inbound when its connection was last tested
-- (a 3x-UI Reality inbound's pbk, sni, sid, fp, spx, ...), apart from link_parameters, which the owner typed and
-- which win over these in links. Encoded like link_parameters; empty for the servers stored before.
ALTER TABLE panel_servers ADD COLUMN panel_link_parameters VARCHAR(4000) DEFAULT '' NOT NULL;
