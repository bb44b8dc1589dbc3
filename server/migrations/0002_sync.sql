-- Sync: which version and which phone last changed each field of a record
-- (so concurrent edits to different fields merge, and edits to the same
-- field become conflicts), each phone's place in its own mutation sequence,
-- and the outcome of every mutation, so a replayed push gets the same answer.

ALTER TABLE records ADD COLUMN field_versions TEXT NOT NULL DEFAULT '{}';

CREATE TABLE sync_clients (
    client_id        TEXT PRIMARY KEY,
    user_id          TEXT NOT NULL REFERENCES users (id),
    last_mutation_id INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL
);

CREATE TABLE mutation_outcomes (
    client_id   TEXT NOT NULL REFERENCES sync_clients (client_id),
    mutation_id INTEGER NOT NULL,
    outcome     TEXT NOT NULL,
    PRIMARY KEY (client_id, mutation_id)
);
