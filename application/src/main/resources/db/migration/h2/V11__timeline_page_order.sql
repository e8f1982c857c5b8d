-- A timeline is read in the order business date, recording time, global position, a page at a time
-- after a cursor: the index holds that whole order, so a page is a range of it and never a sort.
-- Its subjects (for the open deadlines) are found by segment and kind, not by a scan.
DROP INDEX ix_timeline_segment;
CREATE INDEX ix_timeline_segment ON timeline_entry (segment_id, kind, entry_date, recorded_at, position);
CREATE INDEX ix_timeline_subject_segment ON timeline_subject (segment_id, kind);
