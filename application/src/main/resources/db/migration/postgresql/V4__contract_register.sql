-- The contract register's index: what the filters of GET /api/contracts need, beside the documents.
CREATE TABLE contract_index (
    contract_id   VARCHAR(64) NOT NULL,
    region_id     VARCHAR(64) NOT NULL,
    kind          VARCHAR(40) NOT NULL,
    starts_on     DATE        NOT NULL,
    ends_on       DATE        NOT NULL,
    terminated_on DATE,
    CONSTRAINT pk_contract_index PRIMARY KEY (contract_id)
);
CREATE INDEX ix_contract_index_region ON contract_index (region_id);
CREATE INDEX ix_contract_index_ends ON contract_index (ends_on);

CREATE TABLE contract_segment (
    contract_id VARCHAR(64) NOT NULL,
    segment_id  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_contract_segment PRIMARY KEY (contract_id, segment_id)
);
CREATE INDEX ix_contract_segment_segment ON contract_segment (segment_id);

CREATE TABLE contract_party (
    contract_id VARCHAR(64) NOT NULL,
    provider_id VARCHAR(64) NOT NULL,
    CONSTRAINT pk_contract_party PRIMARY KEY (contract_id, provider_id)
);
CREATE INDEX ix_contract_party_provider ON contract_party (provider_id);
