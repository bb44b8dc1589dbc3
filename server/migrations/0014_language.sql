-- The language a young person chose for her screens, kept on her account
-- so a new phone opens in it (none until she chooses).
ALTER TABLE users ADD COLUMN language TEXT
    CHECK (language IN ('en', 'ar', 'prs', 'ps', 'ti', 'ckb', 'sq', 'vi', 'pl', 'ro'));
