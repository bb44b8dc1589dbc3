-- Whether she has answered "How should Pathway speak to you?", so a new
-- phone does not ask again: "Don't choose" is an answer, and keeps the
-- words that fit either, which are also what an account has before she
-- answers. A girl's or a boy's words can only have been chosen.
ALTER TABLE users ADD COLUMN gender_answered BIGINT NOT NULL DEFAULT 0;
UPDATE users SET gender_answered = 1 WHERE gender <> 'neutral';
