-- Every hundredth state of each aggregate view as its evolver left it, with the instant its last event
-- was recorded (nanoseconds since the epoch, compared exactly): a read "as of" an instant folds the
-- events after the latest checkpoint recorded by then instead of every event from the first.
-- Written with the view, rebuilt with it; empty after this migration until the read models are replayed.
CREATE TABLE view_checkpoint (
    kind              VARCHAR(40)       NOT NULL,
    id                VARCHAR(64)       NOT NULL,
    version           BIGINT            NOT NULL,
    recorded_at_nanos BIGINT            NOT NULL,
    document          CHARACTER VARYING NOT NULL,
    CONSTRAINT pk_view_checkpoint PRIMARY KEY (kind, id, version)
);
