-- The read models being rebuilt from the first event, on any node: marked in the transaction that sets a read
-- model's tokens back to the start, with the head of the store then. A read model is being rebuilt while it has
-- not passed that position, on whichever node goes on with it (a rebuild that a crash cut off is finished by the
-- processors at their live pace); the mark is removed once it has. Meanwhile its lists and timelines answer
-- 503 READ_MODEL_REBUILDING rather than the part it holds, on every node.
CREATE TABLE read_model_rebuild (
    processor_name VARCHAR(255) NOT NULL,
    until_position BIGINT       NOT NULL,
    CONSTRAINT pk_read_model_rebuild PRIMARY KEY (processor_name)
);
