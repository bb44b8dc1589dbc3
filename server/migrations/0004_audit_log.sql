-- Who did what, and when: sign-ins first. Rows are only ever added; the
-- triggers refuse any change or removal, whoever asks.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    event TEXT NOT NULL,
    -- The account concerned, when there is one; a failed sign-in names the
    -- username tried, which may belong to no one.
    user_id TEXT REFERENCES users(id),
    username TEXT NOT NULL,
    client TEXT NOT NULL
);
CREATE INDEX audit_log_user ON audit_log(user_id, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
