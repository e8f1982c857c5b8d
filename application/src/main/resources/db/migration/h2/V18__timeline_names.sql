-- The timelines' summaries name segments too, by their number and name ("for segment 1 "Jeugdhulp met
-- verblijf""), not by their id: the read model keeps the names of providers and segments in one table, since a
-- rebuild must name them as the live read model did, whatever another read model has done so far.
-- Entries written before named segments by their id, so the read model is cleared and its processor starts
-- from the first event again.
CREATE TABLE timeline_name (
    kind VARCHAR(16)  NOT NULL,
    id   VARCHAR(64)  NOT NULL,
    name VARCHAR(500) NOT NULL,
    CONSTRAINT pk_timeline_name PRIMARY KEY (kind, id)
);
DROP TABLE timeline_provider;
DELETE FROM timeline_entry;
DELETE FROM timeline_subject;
DELETE FROM timeline_plan;
DELETE FROM timeline_response;
DELETE FROM token_entry WHERE processor_name = 'timelines';
