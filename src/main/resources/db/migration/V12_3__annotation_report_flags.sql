-- The outlet reports ask of each annotation only whether it states why its source is anonymous and whether it names
-- an outlet or wire it relays (decision 022). Two flags kept by the application from the free-text columns whenever an
-- annotation's attribution is set (ClaimAnnotation), so the reports' index can hold them: the free texts cannot be in
-- an index (PostgreSQL refuses an entry over about 2.7 kB; see V12_1).
ALTER TABLE claim_annotation ADD COLUMN reason_stated BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE claim_annotation ADD COLUMN relay_named BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE claim_annotation SET reason_stated = (anonymity_reason IS NOT NULL AND TRIM(anonymity_reason) <> ''),
    relay_named = (relayed_via IS NOT NULL AND TRIM(relayed_via) <> '')
    WHERE anonymity_reason IS NOT NULL OR relayed_via IS NOT NULL;
-- Everything the outlet pass reads of an annotation, in the index it reaches an article's annotations by: both databases
-- count a year of an outlet from this index without reading the rows (quotes, notes). Replaces V12_1's
-- (article_id, deleted_at, type_code, on_record, stance, claim_id).
DROP INDEX ix_claim_annotation_report;
CREATE INDEX ix_claim_annotation_report ON claim_annotation (article_id, deleted_at, type_code, on_record, stance, claim_id,
    reason_stated, relay_named, id);
-- An outlet's articles in a period with their ids, so PostgreSQL can read them from the index too (H2's indexes carry
-- the row id anyway). Replaces V12_1's (outlet_id, published_at, near_duplicate_of).
DROP INDEX ix_article_outlet_published;
CREATE INDEX ix_article_outlet_published ON article (outlet_id, published_at, near_duplicate_of, id);
