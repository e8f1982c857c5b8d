CREATE TABLE region_view (
    region_id                 VARCHAR(64)  NOT NULL,
    name                      VARCHAR(200) NOT NULL,
    established_on            DATE,
    minimum_contract_years    INTEGER      NOT NULL,
    revision_lead_time_months INTEGER      NOT NULL,
    standstill_days           INTEGER      NOT NULL,
    version                   BIGINT       NOT NULL,
    last_position             BIGINT       NOT NULL,
    CONSTRAINT pk_region_view PRIMARY KEY (region_id)
);

CREATE TABLE region_member (
    region_id         VARCHAR(64)   NOT NULL,
    municipality      VARCHAR(200)  NOT NULL,
    period            INTEGER       NOT NULL,
    joined_on         DATE,
    withdrew_on       DATE,
    withdrawal_reason VARCHAR(2000),
    CONSTRAINT pk_region_member PRIMARY KEY (region_id, municipality, period)
);
