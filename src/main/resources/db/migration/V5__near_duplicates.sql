-- Syndicated copy: an article whose text is a near-duplicate of an earlier one (MinHash over word shingles)
-- counts as the same origin.
ALTER TABLE article ADD COLUMN near_duplicate_of BIGINT REFERENCES article (id);
ALTER TABLE article ADD COLUMN near_duplicate_similarity DOUBLE PRECISION;
