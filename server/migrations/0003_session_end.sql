-- Why a session ended, so a phone is told what to do: `signed_out` (on
-- that phone: it keeps the person's unsent changes) or
-- `signed_out_elsewhere` (every phone of hers was signed out, e.g. one was
-- lost: each phone removes everything it keeps).
ALTER TABLE sessions ADD COLUMN ended_reason TEXT;
