-- A removed record keeps only what phones need to remove it too (its id,
-- kind, young person and version): what it said goes.
UPDATE records SET data = '{}', field_versions = '{}' WHERE deleted = 1;
