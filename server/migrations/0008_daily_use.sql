-- How much each person has written each day (UTC), for the daily limits.
CREATE TABLE daily_use (
    user_id TEXT NOT NULL REFERENCES users(id),
    day TEXT NOT NULL,
    changes INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, day)
);
