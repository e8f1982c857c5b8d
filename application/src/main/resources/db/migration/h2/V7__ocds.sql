-- The OCDS export: every contracting process with its releases, and what the releases name.
CREATE TABLE ocds_process (
    ocid          VARCHAR(200)           NOT NULL,
    region_id     VARCHAR(64)            NOT NULL,
    state         CHARACTER LARGE OBJECT NOT NULL,
    last_position BIGINT                 NOT NULL,
    CONSTRAINT pk_ocds_process PRIMARY KEY (ocid)
);
CREATE INDEX ix_ocds_process_region ON ocds_process (region_id);

-- One row per release: its sequence within the process, and the global position of the event that made it.
CREATE TABLE ocds_release (
    ocid         VARCHAR(200)           NOT NULL,
    sequence     INTEGER                NOT NULL,
    region_id    VARCHAR(64)            NOT NULL,
    position     BIGINT                 NOT NULL,
    release_json CHARACTER LARGE OBJECT NOT NULL,
    CONSTRAINT pk_ocds_release PRIMARY KEY (ocid, sequence)
);
CREATE INDEX ix_ocds_release_region ON ocds_release (region_id, position);

-- The process each tender and contract belongs to.
CREATE TABLE ocds_member (
    aggregate_type VARCHAR(20)  NOT NULL,
    aggregate_id   VARCHAR(64)  NOT NULL,
    ocid           VARCHAR(200) NOT NULL,
    CONSTRAINT pk_ocds_member PRIMARY KEY (aggregate_type, aggregate_id)
);

-- The segments (lots) each contract covers, to find the contracts a product move amends.
CREATE TABLE ocds_contract_segment (
    segment_id  VARCHAR(64) NOT NULL,
    contract_id VARCHAR(64) NOT NULL,
    CONSTRAINT pk_ocds_contract_segment PRIMARY KEY (segment_id, contract_id)
);

-- Names of the regions, providers and segments that releases mention.
CREATE TABLE ocds_name (
    kind       VARCHAR(10)  NOT NULL,
    id         VARCHAR(64)  NOT NULL,
    name       VARCHAR(500) NOT NULL,
    identifier VARCHAR(20),
    CONSTRAINT pk_ocds_name PRIMARY KEY (kind, id)
);
