-- People, teams, sessions, and the synced records that hold each young
-- person's plan. Timestamps are Unix seconds (UTC); dates are ISO strings.

CREATE TABLE teams (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('young_person', 'personal_adviser', 'team_manager')),
    -- NULL means the person cannot sign in (yet).
    password_hash TEXT,
    phone         TEXT,
    team_id       TEXT REFERENCES teams (id),
    created_at    INTEGER NOT NULL
);

CREATE TABLE young_people (
    user_id       TEXT PRIMARY KEY REFERENCES users (id),
    adviser_id    TEXT REFERENCES users (id),
    date_of_birth TEXT NOT NULL
);
CREATE INDEX young_people_adviser ON young_people (adviser_id);

-- Only a hash of each token is kept, so a copy of the database signs no one in.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Every synced record: a client-made id, a server-made version and change
-- number, and a tombstone instead of a delete. `young_person_id` is whose
-- record it is, which is what access is decided by.
CREATE TABLE records (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,
    young_person_id TEXT NOT NULL REFERENCES users (id),
    version         INTEGER NOT NULL,
    change_no       INTEGER NOT NULL UNIQUE,
    updated_at      INTEGER NOT NULL,
    updated_by      TEXT NOT NULL REFERENCES users (id),
    deleted         INTEGER NOT NULL DEFAULT 0,
    data            TEXT NOT NULL
);
CREATE INDEX records_owner ON records (young_person_id, kind);
