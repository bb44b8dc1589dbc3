-- Audits of practice: each plan a manager's dip sample drew, its grades
-- in four areas, and the adviser's answer. Grades are columns, each held
-- to the four an inspection gives.
CREATE TABLE practice_audits (
    id              TEXT PRIMARY KEY,
    sample_id       TEXT NOT NULL,
    young_person_id TEXT NOT NULL REFERENCES users (id),
    drawn_by        TEXT NOT NULL REFERENCES users (id),
    drawn_at        INTEGER NOT NULL,
    plan_quality    TEXT CHECK (plan_quality IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
    voice           TEXT CHECK (voice IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
    actions         TEXT CHECK (actions IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
    timeliness      TEXT CHECK (timeliness IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
    comments        TEXT,
    graded_at       INTEGER,
    answer          TEXT,
    answered_by     TEXT REFERENCES users (id),
    answered_at     INTEGER
);
CREATE INDEX practice_audits_person ON practice_audits (young_person_id);
