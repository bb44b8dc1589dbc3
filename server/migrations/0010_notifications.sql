-- Telling people when something needs them, with the app closed.
--
-- Staff can be emailed (GOV.UK Notify); every person's phones can be sent
-- a push with no content. A subscription belongs to one sign-in: when the
-- sign-in ends, nothing more is sent to that phone.
ALTER TABLE users ADD COLUMN email TEXT;

CREATE TABLE push_subscriptions (
    endpoint   TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id),
    session_id TEXT NOT NULL,
    p256dh     TEXT NOT NULL,
    auth       TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX push_subscriptions_user ON push_subscriptions (user_id);

-- The server's own key for signing pushes (VAPID), made on first start.
CREATE TABLE push_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    private_key TEXT NOT NULL
);

-- Safety flags already passed to the team manager as unacknowledged.
CREATE TABLE escalations (
    statement_id TEXT PRIMARY KEY,
    at           INTEGER NOT NULL
);

-- Open safety flags are found by kind and age, every minute.
CREATE INDEX records_kind_age ON records (kind, updated_at);
