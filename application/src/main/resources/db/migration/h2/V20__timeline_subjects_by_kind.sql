-- Ids are unique per kind only: a tender, a revision procedure and a contract may share one. The timelines
-- kept a segment's subjects and their plans by id alone, so a contract with its tender's id for the same
-- segment was never entered as a subject: its later events went into the tender's timeline and its end was no
-- deadline. Both tables are now keyed by the aggregate's kind too; the read model is cleared and its processor
-- starts from the first event again.
DELETE FROM timeline_entry;
DELETE FROM timeline_subject;
DELETE FROM timeline_plan;
DELETE FROM timeline_response;
DELETE FROM timeline_name;
DELETE FROM token_entry WHERE processor_name = 'timelines';
ALTER TABLE timeline_subject DROP CONSTRAINT pk_timeline_subject;
ALTER TABLE timeline_subject ADD CONSTRAINT pk_timeline_subject PRIMARY KEY (aggregate_type, aggregate_id, segment_id);
ALTER TABLE timeline_plan ADD COLUMN aggregate_type VARCHAR(20) NOT NULL;
ALTER TABLE timeline_plan DROP CONSTRAINT pk_timeline_plan;
ALTER TABLE timeline_plan ADD CONSTRAINT pk_timeline_plan PRIMARY KEY (aggregate_type, aggregate_id, milestone);
