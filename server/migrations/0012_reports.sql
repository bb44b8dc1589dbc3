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

-- Reports read a few fields of a few kinds of record across everyone in
-- view: these indexes hold those fields, so a report reads the index alone,
-- without parsing each record's JSON (a review holds a whole plan).
CREATE INDEX records_live_kind ON records (kind, young_person_id) WHERE deleted = 0;
CREATE INDEX records_contact_when ON records
    (young_person_id, json_extract(data, '$.on'), json_extract(data, '$.kind'))
    WHERE kind = 'contact' AND deleted = 0;
CREATE INDEX records_review_held ON records
    (young_person_id, json_extract(data, '$.stage'), json_extract(data, '$.held_on'))
    WHERE kind = 'review' AND deleted = 0;
CREATE INDEX records_acknowledged ON records
    (young_person_id, json_extract(data, '$.statement'), json_extract(data, '$.at'))
    WHERE kind = 'acknowledgement' AND deleted = 0;
CREATE INDEX records_statement_flag ON records
    (young_person_id, updated_at, json_extract(data, '$.flag'))
    WHERE kind = 'statement' AND deleted = 0;
