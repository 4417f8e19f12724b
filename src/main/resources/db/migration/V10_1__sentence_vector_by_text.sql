-- Reloading stored vectors looks texts up by hash in batches (text_sha256 IN (...)). H2 uses an index for an
-- IN list only on the index's first column, and the primary key starts with the model, which every row
-- shares: each batch was a full scan (8 minutes to reload 100,000 annotations). Keyed by the hash first.
CREATE INDEX ix_sentence_vector_text ON sentence_vector (text_sha256, model);
