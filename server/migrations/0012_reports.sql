-- Oversight reports. A head of service reads every team's figures and
-- changes nothing; a role is part of the users table's CHECK, so the table
-- is rebuilt (migrations run with foreign keys off and checked before each
-- commits, as SQLite's own procedure for changing a table asks).
CREATE TABLE users_next (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('young_person', 'personal_adviser', 'team_manager', 'head_of_service')),
    password_hash TEXT,
    phone         TEXT,
    team_id       TEXT REFERENCES teams (id),
    created_at    INTEGER NOT NULL,
    locked_at     INTEGER,
    locked_by     TEXT,
    email         TEXT
);
INSERT INTO users_next (id, username, display_name, role, password_hash, phone, team_id, created_at, locked_at, locked_by, email)
     SELECT id, username, display_name, role, password_hash, phone, team_id, created_at, locked_at, locked_by, email FROM users;
DROP TABLE users;
ALTER TABLE users_next RENAME TO users;

-- Who each young person's adviser was, and from when: the reports group by
-- the adviser at the time, and count how many each young person has had.
CREATE TABLE adviser_history (
    young_person_id TEXT NOT NULL REFERENCES users (id),
    adviser_id      TEXT REFERENCES users (id),
    from_at         INTEGER NOT NULL
);
CREATE INDEX adviser_history_person ON adviser_history (young_person_id, from_at);
INSERT INTO adviser_history (young_person_id, adviser_id, from_at)
     SELECT y.user_id, y.adviser_id, u.created_at
       FROM young_people y JOIN users u ON u.id = y.user_id;

-- The national return's CHILD and SEX: the council's own id for the young
-- person, and 1 (male) or 2 (female) as the return codes them.
ALTER TABLE young_people ADD COLUMN child_id TEXT;
ALTER TABLE young_people ADD COLUMN sex INTEGER CHECK (sex IN (1, 2));

-- Reports read one kind of record across everyone in view.
CREATE INDEX records_live_kind ON records (kind, young_person_id) WHERE deleted = 0;
