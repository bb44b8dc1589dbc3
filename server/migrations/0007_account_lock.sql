-- A locked account cannot sign in, and every sign-in it had ended with
-- `account_locked`, so each of its phones removes what it kept. Locked by
-- a team manager (or on the command line, `locked_by` empty) and unlocked
-- the same ways.
ALTER TABLE users ADD COLUMN locked_at INTEGER;
ALTER TABLE users ADD COLUMN locked_by TEXT;

-- Who acted, where someone acted on someone else's account.
ALTER TABLE audit_log ADD COLUMN actor_id TEXT REFERENCES users(id);
