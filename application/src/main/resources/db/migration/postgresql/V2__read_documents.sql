-- Read models kept as JSON documents, one per aggregate view, each remembering the position of
-- the last event applied to it; plus the indexes that queries need to find them.
CREATE TABLE read_document (
    kind          VARCHAR(40)            NOT NULL,
    id            VARCHAR(64)            NOT NULL,
    document      TEXT                   NOT NULL,
    version       BIGINT                 NOT NULL,
    last_position BIGINT                 NOT NULL,
    CONSTRAINT pk_read_document PRIMARY KEY (kind, id)
);

CREATE TABLE segment_index (
    segment_id VARCHAR(64) NOT NULL,
    region_id  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_segment_index PRIMARY KEY (segment_id)
);
CREATE INDEX ix_segment_index_region ON segment_index (region_id);

-- Ids that must be unique beyond one aggregate (a segment id across regions, a KvK number across
-- providers), claimed in the transaction of the command that introduces them.
CREATE TABLE id_claim (
    kind       VARCHAR(40)  NOT NULL,
    claimed_id VARCHAR(100) NOT NULL,
    stream     VARCHAR(255) NOT NULL,
    CONSTRAINT pk_id_claim PRIMARY KEY (kind, claimed_id)
);
