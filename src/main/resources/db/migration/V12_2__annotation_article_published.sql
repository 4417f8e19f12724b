-- An annotation keeps its article's publication time (decision 021): a claim's first appearance is then read from
-- the claim index alone, without visiting each appearance's article. An article's publication time is set when it
-- is imported and never changes, so the copy cannot go stale; annotations made from now on get it when made.
ALTER TABLE claim_annotation ADD COLUMN article_published_at TIMESTAMP WITH TIME ZONE;
UPDATE claim_annotation SET article_published_at = (SELECT a.published_at FROM article a WHERE a.id = claim_annotation.article_id);
-- A claim's live appearances in order of publication, ties by id (and their articles, for the article report's other
-- outlets): "is there an earlier one?" is answered from the index alone. Replaces ix_claim_annotation_claim_live
-- (claim_id, deleted_at, article_id) of V12_1.
DROP INDEX ix_claim_annotation_claim_live;
CREATE INDEX ix_claim_annotation_claim_live ON claim_annotation (claim_id, deleted_at, article_published_at, id, article_id);
