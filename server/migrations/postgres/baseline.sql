-- PostgreSQL's schema as SQLite's migrations 0001 to 0016 leave it: the
-- same tables, columns and indexes (`server/tests/storage.rs` compares
-- them), in PostgreSQL's words. Migrations after 0016 are written once, for
-- both. Timestamps are Unix seconds; dates are ISO strings; JSON is text,
-- read with the two SQLite functions defined first, so one statement
-- serves both databases.

-- Usernames and council names match in any case, as SQLite's NOCASE does.
CREATE EXTENSION IF NOT EXISTS citext;

-- SQLite's json_extract(doc, '$.a.b'): the value at the path as text
-- (true and false as 1 and 0, as SQLite gives them), NULL if none.
CREATE FUNCTION json_extract(doc TEXT, path TEXT) RETURNS TEXT
LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE jsonb_typeof(found)
               WHEN 'boolean' THEN CASE WHEN found = 'true'::jsonb THEN '1' ELSE '0' END
               WHEN 'null' THEN NULL
               WHEN 'string' THEN found #>> '{}'
               ELSE found::text
           END
      FROM (SELECT doc::jsonb #> string_to_array(substr(path, 3), '.') AS found) AS at_path
$$;

-- SQLite's json_each(array) as this schema uses it: each element's value.
CREATE FUNCTION json_each(doc TEXT) RETURNS TABLE (value TEXT)
LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE jsonb_typeof(element) WHEN 'string' THEN element #>> '{}' ELSE element::text END
      FROM jsonb_array_elements(doc::jsonb) AS element
$$;

CREATE TABLE councils (
    id                     TEXT PRIMARY KEY,
    name                   CITEXT NOT NULL UNIQUE,
    out_of_hours_phone     TEXT NOT NULL,
    advocacy_name          TEXT,
    advocacy_phone         TEXT,
    advocacy_web           TEXT,
    escalate_after_minutes BIGINT NOT NULL CHECK (escalate_after_minutes > 0),
    contact_rules          TEXT,
    notify_email_template  TEXT,
    notify_sms_template    TEXT,
    created_at             BIGINT NOT NULL
);
INSERT INTO councils (id, name, out_of_hours_phone, escalate_after_minutes, created_at)
     VALUES ('019ac4d0-0000-7000-8000-000000000001', 'Our council', '0300 123 4567', 120,
             EXTRACT(EPOCH FROM now())::BIGINT);

CREATE TABLE teams (
    id         TEXT PRIMARY KEY,
    council_id TEXT NOT NULL REFERENCES councils (id),
    name       TEXT NOT NULL,
    UNIQUE (council_id, name)
);

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      CITEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('young_person', 'personal_adviser', 'team_manager', 'head_of_service')),
    password_hash TEXT,
    phone         TEXT,
    team_id       TEXT REFERENCES teams (id),
    created_at    BIGINT NOT NULL,
    locked_at     BIGINT,
    locked_by     TEXT,
    email         TEXT,
    language      TEXT CHECK (language IN ('en', 'ar', 'prs', 'ps', 'ti', 'ckb', 'sq', 'vi', 'pl', 'ro')),
    gender        TEXT NOT NULL DEFAULT 'neutral' CHECK (gender IN ('feminine', 'masculine', 'neutral')),
    council_id    TEXT NOT NULL REFERENCES councils (id)
);
CREATE INDEX users_council ON users (council_id, role);

CREATE TABLE young_people (
    user_id       TEXT PRIMARY KEY REFERENCES users (id),
    adviser_id    TEXT REFERENCES users (id),
    date_of_birth TEXT NOT NULL,
    pronouns      TEXT NOT NULL DEFAULT 'they' CHECK (pronouns IN ('she', 'he', 'they')),
    child_id      TEXT,
    sex           BIGINT CHECK (sex IN (1, 2))
);
CREATE INDEX young_people_adviser ON young_people (adviser_id);

CREATE TABLE adviser_history (
    young_person_id TEXT NOT NULL REFERENCES users (id),
    adviser_id      TEXT REFERENCES users (id),
    from_at         BIGINT NOT NULL
);
CREATE INDEX adviser_history_person ON adviser_history (young_person_id, from_at);

CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id),
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    revoked_at   BIGINT,
    ended_reason TEXT,
    id           TEXT,
    device       TEXT NOT NULL DEFAULT '',
    last_used_at BIGINT
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE UNIQUE INDEX sessions_id ON sessions (id);

CREATE TABLE records (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,
    young_person_id TEXT NOT NULL REFERENCES users (id),
    version         BIGINT NOT NULL,
    change_no       BIGINT NOT NULL UNIQUE,
    updated_at      BIGINT NOT NULL,
    updated_by      TEXT NOT NULL REFERENCES users (id),
    deleted         BIGINT NOT NULL DEFAULT 0,
    data            TEXT NOT NULL,
    field_versions  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX records_owner ON records (young_person_id, kind);
CREATE INDEX records_kind_age ON records (kind, updated_at);
CREATE INDEX records_live_kind ON records (kind, young_person_id) WHERE deleted = 0;
CREATE INDEX records_acknowledged ON records
    (young_person_id, json_extract(data, '$.statement'), json_extract(data, '$.at'))
    WHERE kind = 'acknowledgement' AND deleted = 0;
CREATE INDEX records_contact_when ON records
    (young_person_id, json_extract(data, '$.on'), json_extract(data, '$.kind'))
    WHERE kind = 'contact' AND deleted = 0;
CREATE INDEX records_review_held ON records
    (young_person_id, json_extract(data, '$.stage'), json_extract(data, '$.held_on'))
    WHERE kind = 'review' AND deleted = 0;
CREATE INDEX records_statement_flag ON records
    (young_person_id, updated_at, json_extract(data, '$.flag'))
    WHERE kind = 'statement' AND deleted = 0;

CREATE TABLE sync_clients (
    client_id        TEXT PRIMARY KEY,
    user_id          TEXT NOT NULL REFERENCES users (id),
    last_mutation_id BIGINT NOT NULL DEFAULT 0,
    created_at       BIGINT NOT NULL
);

CREATE TABLE mutation_outcomes (
    client_id   TEXT NOT NULL REFERENCES sync_clients (client_id),
    mutation_id BIGINT NOT NULL,
    outcome     TEXT NOT NULL,
    PRIMARY KEY (client_id, mutation_id)
);

CREATE TABLE audit_log (
    id       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at       BIGINT NOT NULL,
    event    TEXT NOT NULL,
    user_id  TEXT REFERENCES users (id),
    username TEXT NOT NULL,
    client   TEXT NOT NULL,
    actor_id TEXT REFERENCES users (id),
    event_id TEXT
);
CREATE INDEX audit_log_user ON audit_log (user_id, at);
CREATE UNIQUE INDEX audit_log_event ON audit_log (event_id) WHERE event_id IS NOT NULL;

-- The audit log is only ever added to.
CREATE FUNCTION audit_log_append_only() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE daily_use (
    user_id TEXT NOT NULL REFERENCES users (id),
    day     TEXT NOT NULL,
    changes BIGINT NOT NULL DEFAULT 0,
    bytes   BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, day)
);

CREATE TABLE push_subscriptions (
    endpoint   TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id),
    session_id TEXT NOT NULL,
    p256dh     TEXT NOT NULL,
    auth       TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX push_subscriptions_user ON push_subscriptions (user_id);

CREATE TABLE push_key (
    id          BIGINT PRIMARY KEY CHECK (id = 1),
    private_key TEXT NOT NULL
);

CREATE TABLE escalations (
    statement_id TEXT PRIMARY KEY,
    at           BIGINT NOT NULL
);

CREATE TABLE practice_audits (
    id              TEXT PRIMARY KEY,
    sample_id       TEXT NOT NULL,
    young_person_id TEXT NOT NULL REFERENCES users (id),
    drawn_by        TEXT NOT NULL REFERENCES users (id),
    drawn_at        BIGINT NOT NULL,
    plan_quality    TEXT CHECK (plan_quality IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
    voice           TEXT CHECK (voice IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
    actions         TEXT CHECK (actions IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
    timeliness      TEXT CHECK (timeliness IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
    comments        TEXT,
    graded_at       BIGINT,
    answer          TEXT,
    answered_by     TEXT REFERENCES users (id),
    answered_at     BIGINT
);
CREATE INDEX practice_audits_person ON practice_audits (young_person_id)
