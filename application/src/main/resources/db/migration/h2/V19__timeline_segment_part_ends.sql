-- A contract's end is an open deadline in the timelines of the segments it serves, not of a segment whose part
-- of it ended (segment 5 of Zuid-Holland Zuid, closed on 2026-01-01, is no longer served by the general
-- agreement that runs to 2027-12-31): the read model keeps the day a contract's part for a segment ends.
-- Parts ended before this version are known only from their events, and the summaries of a contract's
-- publication, extension and revision now name the contract, so the read model is cleared and its processor
-- starts from the first event again.
ALTER TABLE timeline_subject ADD COLUMN part_ends_on DATE;
DELETE FROM timeline_entry;
DELETE FROM timeline_subject;
DELETE FROM timeline_plan;
DELETE FROM timeline_response;
DELETE FROM timeline_name;
DELETE FROM token_entry WHERE processor_name = 'timelines';
