-- The lists of tenders and revision procedures of a region or a segment read every procedure's document and
-- filtered them, so they grew with the whole store; each read model now keeps which of its procedures belong to
-- which region and segment (fixed when a procedure is planned or opened), and reads only those. Both read models
-- lose their tokens, so that the first start after the upgrade rebuilds them from the first event (ADR 0017).
CREATE TABLE tender_index (
    procedure_id VARCHAR(64) NOT NULL,
    region_id    VARCHAR(64) NOT NULL,
    CONSTRAINT pk_tender_index PRIMARY KEY (procedure_id)
);
CREATE INDEX ix_tender_index_region ON tender_index (region_id);

CREATE TABLE tender_segment (
    procedure_id VARCHAR(64) NOT NULL,
    segment_id   VARCHAR(64) NOT NULL,
    CONSTRAINT pk_tender_segment PRIMARY KEY (segment_id, procedure_id)
);

CREATE TABLE revision_index (
    procedure_id VARCHAR(64) NOT NULL,
    region_id    VARCHAR(64) NOT NULL,
    CONSTRAINT pk_revision_index PRIMARY KEY (procedure_id)
);
CREATE INDEX ix_revision_index_region ON revision_index (region_id);

CREATE TABLE revision_segment (
    procedure_id VARCHAR(64) NOT NULL,
    segment_id   VARCHAR(64) NOT NULL,
    CONSTRAINT pk_revision_segment PRIMARY KEY (segment_id, procedure_id)
);

DELETE FROM token_entry WHERE processor_name IN ('tenders', 'revisions');
