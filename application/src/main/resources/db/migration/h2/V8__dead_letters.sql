-- Axon's dead-letter queue for the read models: an event a projection could not handle, with the
-- events of the same sequence (aggregate) behind it, kept until it is retried.
CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)           NOT NULL,
    processing_group     VARCHAR(255)           NOT NULL,
    sequence_identifier  VARCHAR(255)           NOT NULL,
    sequence_index       BIGINT                 NOT NULL,
    message_type         VARCHAR(255)           NOT NULL,
    event_identifier     VARCHAR(255)           NOT NULL,
    time_stamp           VARCHAR(255)           NOT NULL,
    payload_type         VARCHAR(255)           NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BLOB                   NOT NULL,
    meta_data            BLOB,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BLOB,
    enqueued_at          VARCHAR(255)           NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        CHARACTER LARGE OBJECT,
    diagnostics          BLOB,
    CONSTRAINT pk_dead_letter_entry PRIMARY KEY (dead_letter_id),
    CONSTRAINT uk_dead_letter_sequence UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX ix_dead_letter_group ON dead_letter_entry (processing_group);
CREATE INDEX ix_dead_letter_sequence ON dead_letter_entry (processing_group, sequence_identifier);
