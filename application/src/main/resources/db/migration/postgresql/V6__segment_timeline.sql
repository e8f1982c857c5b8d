-- The segment timelines: one row per event and segment it concerns, in the tender or revision timeline.
CREATE TABLE timeline_entry (
    position       BIGINT        NOT NULL,
    segment_id     VARCHAR(64)   NOT NULL,
    kind           VARCHAR(10)   NOT NULL,
    entry_date     DATE          NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    type           VARCHAR(100)  NOT NULL,
    aggregate_id   VARCHAR(64)   NOT NULL,
    actor          VARCHAR(200),
    summary        VARCHAR(4000) NOT NULL,
    planned_date   DATE,
    deviation_days BIGINT,
    CONSTRAINT pk_timeline_entry PRIMARY KEY (position, segment_id, kind)
);
CREATE INDEX ix_timeline_segment ON timeline_entry (segment_id, kind, entry_date, recorded_at);

-- Which segments an aggregate concerns, and its planned dates, as its first events said.
CREATE TABLE timeline_subject (
    aggregate_id   VARCHAR(64) NOT NULL,
    segment_id     VARCHAR(64) NOT NULL,
    kind           VARCHAR(10) NOT NULL,
    aggregate_type VARCHAR(20) NOT NULL,
    CONSTRAINT pk_timeline_subject PRIMARY KEY (aggregate_id, segment_id)
);

CREATE TABLE timeline_plan (
    aggregate_id VARCHAR(64) NOT NULL,
    milestone    VARCHAR(40) NOT NULL,
    planned_on   DATE        NOT NULL,
    CONSTRAINT pk_timeline_plan PRIMARY KEY (aggregate_id, milestone)
);
