-- Failed sign-ins, per username and per client address, kept in the
-- database rather than in each server's memory, so that every server
-- sharing it counts the same tries. Written for SQLite and PostgreSQL alike.
CREATE TABLE sign_in_failures (
    -- 'username:ella' or 'client:203.0.113.7'
    key        TEXT PRIMARY KEY,
    failures   BIGINT NOT NULL,
    last_at    BIGINT NOT NULL,
    wait_until BIGINT
);
CREATE INDEX sign_in_failures_age ON sign_in_failures (last_at);
