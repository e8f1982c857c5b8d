-- Timeline entries are keyed by the event's identifier: an event committed late by a concurrent writer
-- is delivered with the global position of a later event, so the position is no key. The read model is
-- cleared and its processor starts from the first event again.
DELETE FROM timeline_entry;
DELETE FROM timeline_subject;
DELETE FROM timeline_plan;
DELETE FROM token_entry WHERE processor_name = 'timelines';
ALTER TABLE timeline_entry DROP CONSTRAINT pk_timeline_entry;
ALTER TABLE timeline_entry ADD COLUMN event_id VARCHAR(255) NOT NULL;
ALTER TABLE timeline_entry ADD CONSTRAINT pk_timeline_entry PRIMARY KEY (event_id, segment_id, kind);
