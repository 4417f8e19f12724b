-- Sentence vectors of annotation quotes and headlines, by model and text: computed once, so a restart
-- rebuilds the match index without running the embedding model over every annotation again.
CREATE TABLE sentence_vector (
    model       VARCHAR(80) NOT NULL,
    text_sha256 CHAR(64)    NOT NULL,
    vector      BYTEA       NOT NULL,
    PRIMARY KEY (model, text_sha256)
);
