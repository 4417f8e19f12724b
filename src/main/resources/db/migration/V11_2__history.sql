-- The history of changes (Hibernate Envers). Envers writes these tables but does not create them, because
-- Hibernate only validates the schema. One revision per transaction, with who made it; each audited table has
-- a *_aud twin holding every version of a row, keyed by (id, rev); revtype 0 = added, 1 = changed, 2 = deleted.
-- The article's text is not copied (a revision of the text is kept in article_revision).

CREATE SEQUENCE revinfo_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE revinfo (
    id        BIGINT       NOT NULL PRIMARY KEY,
    revtstmp  BIGINT       NOT NULL,
    username  VARCHAR(100) NOT NULL
);
CREATE INDEX ix_revinfo_username ON revinfo (username);
CREATE INDEX ix_revinfo_timestamp ON revinfo (revtstmp);

-- which kinds of record a revision changed: the admin's log filters by it
CREATE TABLE revchanges (
    rev        BIGINT       NOT NULL REFERENCES revinfo (id),
    entityname VARCHAR(255) NOT NULL,
    PRIMARY KEY (rev, entityname)
);
CREATE INDEX ix_revchanges_entity ON revchanges (entityname, rev);

CREATE TABLE outlet_aud (
    id       BIGINT   NOT NULL,
    rev      BIGINT   NOT NULL REFERENCES revinfo (id),
    revtype  SMALLINT,
    name     VARCHAR(200),
    kind     VARCHAR(30),
    country  VARCHAR(100),
    homepage VARCHAR(500),
    PRIMARY KEY (id, rev)
);

CREATE TABLE article_aud (
    id                        BIGINT  NOT NULL,
    rev                       BIGINT  NOT NULL REFERENCES revinfo (id),
    revtype                   SMALLINT,
    outlet_id                 BIGINT,
    headline                  VARCHAR(500),
    byline                    VARCHAR(300),
    published_at              TIMESTAMP WITH TIME ZONE,
    published_zone            VARCHAR(60),
    url                       VARCHAR(2000),
    language                  VARCHAR(35),
    content_hash              VARCHAR(64),
    revision                  INT,
    near_duplicate_of         BIGINT,
    near_duplicate_similarity DOUBLE PRECISION,
    created_at                TIMESTAMP WITH TIME ZONE,
    created_by                VARCHAR(100),
    PRIMARY KEY (id, rev)
);

CREATE TABLE claim_annotation_aud (
    id                 BIGINT   NOT NULL,
    rev                BIGINT   NOT NULL REFERENCES revinfo (id),
    revtype            SMALLINT,
    article_id         BIGINT,
    start_offset       INT,
    end_offset         INT,
    quote              VARCHAR(5000),
    prefix             VARCHAR(64),
    suffix             VARCHAR(64),
    anchor_state       VARCHAR(20),
    previous_quote     VARCHAR(5000),
    type_code          VARCHAR(40),
    cue                VARCHAR(200),
    source_as_written  VARCHAR(500),
    source_name        VARCHAR(200),
    affiliation        VARCHAR(30),
    source_role        VARCHAR(30),
    on_record          VARCHAR(20),
    source_count       VARCHAR(20),
    anonymity_reason   VARCHAR(500),
    basis_of_knowledge VARCHAR(500),
    relayed_via        VARCHAR(300),
    stance             VARCHAR(20),
    note               VARCHAR(2000),
    claim_id           BIGINT,
    linked_by          VARCHAR(100),
    linked_at          TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE,
    created_by         VARCHAR(100),
    updated_at         TIMESTAMP WITH TIME ZONE,
    updated_by         VARCHAR(100),
    deleted_at         TIMESTAMP WITH TIME ZONE,
    deleted_by         VARCHAR(100),
    PRIMARY KEY (id, rev)
);
CREATE INDEX ix_claim_annotation_aud_claim ON claim_annotation_aud (claim_id);

CREATE TABLE claim_aud (
    id                      BIGINT   NOT NULL,
    rev                     BIGINT   NOT NULL REFERENCES revinfo (id),
    revtype                 SMALLINT,
    short_text              VARCHAR(75),
    full_text               VARCHAR(2000),
    claimant                VARCHAR(200),
    review_status           VARCHAR(20),
    verdict                 VARCHAR(30),
    reviewed_by             VARCHAR(100),
    reviewed_at             TIMESTAMP WITH TIME ZONE,
    review_rationale        VARCHAR(4000),
    first_appearance_id     BIGINT,
    first_appearance_reason VARCHAR(500),
    created_at              TIMESTAMP WITH TIME ZONE,
    created_by              VARCHAR(100),
    updated_at              TIMESTAMP WITH TIME ZONE,
    updated_by              VARCHAR(100),
    PRIMARY KEY (id, rev)
);

-- users: never the password hash
CREATE TABLE app_user_aud (
    id         BIGINT   NOT NULL,
    rev        BIGINT   NOT NULL REFERENCES revinfo (id),
    revtype    SMALLINT,
    username   VARCHAR(100),
    enabled    BOOLEAN,
    created_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);

CREATE TABLE app_user_role_aud (
    rev     BIGINT      NOT NULL REFERENCES revinfo (id),
    revtype SMALLINT,
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (rev, user_id, role)
);

CREATE TABLE review_session_aud (
    id            BIGINT   NOT NULL,
    rev           BIGINT   NOT NULL REFERENCES revinfo (id),
    revtype       SMALLINT,
    name          VARCHAR(200),
    description   VARCHAR(2000),
    double_review BOOLEAN,
    created_at    TIMESTAMP WITH TIME ZONE,
    created_by    VARCHAR(100),
    closed_at     TIMESTAMP WITH TIME ZONE,
    closed_by     VARCHAR(100),
    PRIMARY KEY (id, rev)
);

CREATE TABLE review_participant_aud (
    rev        BIGINT       NOT NULL REFERENCES revinfo (id),
    revtype    SMALLINT,
    session_id BIGINT       NOT NULL,
    username   VARCHAR(100) NOT NULL,
    PRIMARY KEY (rev, session_id, username)
);

CREATE TABLE review_item_aud (
    id         BIGINT   NOT NULL,
    rev        BIGINT   NOT NULL REFERENCES revinfo (id),
    revtype    SMALLINT,
    session_id BIGINT,
    claim_id   BIGINT,
    position   INT,
    status     VARCHAR(20),
    verdict    VARCHAR(30),
    rationale  VARCHAR(4000),
    decided_by VARCHAR(100),
    decided_at TIMESTAMP WITH TIME ZONE,
    settled_by VARCHAR(100),
    updated_at TIMESTAMP WITH TIME ZONE,
    updated_by VARCHAR(100),
    PRIMARY KEY (id, rev)
);

CREATE TABLE review_item_assignee_aud (
    rev      BIGINT       NOT NULL REFERENCES revinfo (id),
    revtype  SMALLINT,
    item_id  BIGINT       NOT NULL,
    username VARCHAR(100) NOT NULL,
    PRIMARY KEY (rev, item_id, username)
);

CREATE TABLE review_judgment_aud (
    id         BIGINT   NOT NULL,
    rev        BIGINT   NOT NULL REFERENCES revinfo (id),
    revtype    SMALLINT,
    item_id    BIGINT,
    reviewer   VARCHAR(100),
    verdict    VARCHAR(30),
    rationale  VARCHAR(4000),
    created_at TIMESTAMP WITH TIME ZONE,
    updated_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);

CREATE TABLE review_evidence_aud (
    id          BIGINT   NOT NULL,
    rev         BIGINT   NOT NULL REFERENCES revinfo (id),
    revtype     SMALLINT,
    item_id     BIGINT,
    judgment_id BIGINT,
    position    INT,
    url         VARCHAR(2000),
    note        VARCHAR(1000),
    added_by    VARCHAR(100),
    added_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);

CREATE TABLE review_comment_aud (
    id         BIGINT   NOT NULL,
    rev        BIGINT   NOT NULL REFERENCES revinfo (id),
    revtype    SMALLINT,
    item_id    BIGINT,
    author     VARCHAR(100),
    body       VARCHAR(4000),
    created_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);
