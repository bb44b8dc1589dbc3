-- Each sign-in's public id (to list it, and end it from another phone),
-- what it was made on, in words ("Chrome on Android"), and when it was
-- last used, for the idle limit.
ALTER TABLE sessions ADD COLUMN id TEXT;
ALTER TABLE sessions ADD COLUMN device TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN last_used_at INTEGER;
UPDATE sessions SET id = lower(hex(randomblob(16))), last_used_at = created_at;
CREATE UNIQUE INDEX sessions_id ON sessions (id);
