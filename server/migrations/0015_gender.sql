-- How a young person chose to be spoken to where her language's words
-- change for a girl or a boy (the words that fit either until she chooses).
ALTER TABLE users ADD COLUMN gender TEXT NOT NULL DEFAULT 'neutral'
    CHECK (gender IN ('feminine', 'masculine', 'neutral'));
