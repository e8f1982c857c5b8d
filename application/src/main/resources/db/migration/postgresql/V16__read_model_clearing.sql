-- The read models a rebuild is clearing. A read model is marked, with its tokens claimed, before its own
-- tables are emptied with TRUNCATE (on H2 that commits at once, outside any transaction), and unmarked in
-- the transaction that resets it and sets its tokens back to the start. A mark found at start-up is a
-- clearing cut off by a crash: it is finished before the processors start, so that no processor goes on
-- from its old position over emptied tables, or from the start over old rows.
CREATE TABLE read_model_clearing (
    processor_name VARCHAR(255) NOT NULL,
    CONSTRAINT pk_read_model_clearing PRIMARY KEY (processor_name)
);
