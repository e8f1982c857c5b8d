-- A document that an event of its stream found more than one version behind it has missed the events between: one
-- row each time, written in the transaction that applies the event (so a batch rolled back and handled again writes
-- it once), kept until the read model of that kind of document is cleared for a rebuild, which mends it. Every node
-- reads it for the read models' health; it survives a restart, which does not mend the document.
CREATE TABLE read_model_missed_event (
    kind            VARCHAR(40) NOT NULL,
    id              VARCHAR(64) NOT NULL,
    at_version      BIGINT      NOT NULL,
    sequence_number BIGINT      NOT NULL,
    position        BIGINT      NOT NULL,
    CONSTRAINT pk_read_model_missed_event PRIMARY KEY (kind, id, sequence_number)
);
