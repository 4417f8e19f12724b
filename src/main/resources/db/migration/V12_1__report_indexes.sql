-- Sourcing reports (decision 015) count in the database. These indexes hold the columns the report queries read most,
-- so most of a year of an outlet's annotations is counted from the indexes without reading the rows (quotes, notes):
-- an outlet's articles in a period, an article's live annotations with their sourcing, a claim's live appearances.
CREATE INDEX ix_article_outlet_published ON article (outlet_id, published_at, near_duplicate_of);
CREATE INDEX ix_article_id_published ON article (id, published_at, outlet_id);
CREATE INDEX ix_claim_annotation_claim_live ON claim_annotation (claim_id, deleted_at, article_id);
-- The free-text reason and relay stay out: PostgreSQL refuses an index entry over about 2.7 kB, and an annotation
-- must never fail to save because its anonymity reason is long.
CREATE INDEX ix_claim_annotation_report ON claim_annotation (article_id, deleted_at, type_code, on_record, stance, claim_id);
