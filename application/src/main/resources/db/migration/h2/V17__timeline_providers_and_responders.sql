-- The timelines name providers by the name they were registered with, and an answer the provider whose
-- response it answers: the read model keeps both for itself, since a rebuild must name them as the live
-- read model did, whatever another read model has done so far.
-- Entries written before named providers by their id, so the read model is cleared and its processor
-- starts from the first event again.
CREATE TABLE timeline_provider (
    provider_id VARCHAR(64)  NOT NULL,
    name        VARCHAR(500) NOT NULL,
    CONSTRAINT pk_timeline_provider PRIMARY KEY (provider_id)
);
CREATE TABLE timeline_response (
    revision_id VARCHAR(64) NOT NULL,
    response_id VARCHAR(64) NOT NULL,
    provider_id VARCHAR(64) NOT NULL,
    CONSTRAINT pk_timeline_response PRIMARY KEY (revision_id, response_id)
);
DELETE FROM timeline_entry;
DELETE FROM timeline_subject;
DELETE FROM timeline_plan;
DELETE FROM token_entry WHERE processor_name = 'timelines';
