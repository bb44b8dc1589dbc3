-- Openings reported by phones carry the phone's own id for each, so one
-- sent twice is kept once.
ALTER TABLE audit_log ADD COLUMN event_id TEXT;
CREATE UNIQUE INDEX audit_log_event ON audit_log (event_id) WHERE event_id IS NOT NULL;
