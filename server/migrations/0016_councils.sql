-- Councils. One server can hold many: every person belongs to one, no one
-- sees another council's people, and each council has its own contact
-- rules, out-of-hours number, advocacy service and notification settings.
-- A database from before councils becomes one council, "Our council",
-- with the settings the server used by default; `council set` changes them.
CREATE TABLE councils (
    id                     TEXT PRIMARY KEY,
    name                   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    out_of_hours_phone     TEXT NOT NULL,
    advocacy_name          TEXT,
    advocacy_phone         TEXT,
    advocacy_web           TEXT,
    -- An unacknowledged safety flag goes to the team manager after this.
    escalate_after_minutes INTEGER NOT NULL CHECK (escalate_after_minutes > 0),
    -- The council's contact rules as JSON, checked by the server before it
    -- is stored; NULL means the example rules.
    contact_rules          TEXT,
    -- GOV.UK Notify templates for a safety flag, in the council's words;
    -- NULL sends no email or text.
    notify_email_template  TEXT,
    notify_sms_template    TEXT,
    created_at             INTEGER NOT NULL
);
INSERT INTO councils (id, name, out_of_hours_phone, escalate_after_minutes, created_at)
     VALUES ('019ac4d0-0000-7000-8000-000000000001', 'Our council', '0300 123 4567', 120,
             CAST(strftime('%s', 'now') AS INTEGER));

-- Team names are a council's own: two councils may each have a
-- "Leaving care team". The table is rebuilt to say so.
CREATE TABLE teams_next (
    id         TEXT PRIMARY KEY,
    council_id TEXT NOT NULL REFERENCES councils (id),
    name       TEXT NOT NULL,
    UNIQUE (council_id, name)
);
INSERT INTO teams_next (id, council_id, name)
     SELECT id, '019ac4d0-0000-7000-8000-000000000001', name FROM teams;
DROP TABLE teams;
ALTER TABLE teams_next RENAME TO teams;

ALTER TABLE users ADD COLUMN council_id TEXT REFERENCES councils (id);
UPDATE users SET council_id = '019ac4d0-0000-7000-8000-000000000001';
CREATE INDEX users_council ON users (council_id, role);

-- A column added to a table cannot be made NOT NULL in SQLite; these
-- refuse a person without a council instead.
CREATE TRIGGER users_need_a_council BEFORE INSERT ON users
    WHEN NEW.council_id IS NULL
BEGIN
    SELECT RAISE(ABORT, 'every person belongs to a council');
END;
CREATE TRIGGER users_keep_a_council BEFORE UPDATE OF council_id ON users
    WHEN NEW.council_id IS NULL
BEGIN
    SELECT RAISE(ABORT, 'every person belongs to a council');
END;
