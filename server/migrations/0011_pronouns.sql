-- How staff screens speak of each young person: "she", "he" or "they"
-- (the neutral one until recorded).
ALTER TABLE young_people ADD COLUMN pronouns TEXT NOT NULL DEFAULT 'they'
    CHECK (pronouns IN ('she', 'he', 'they'));
