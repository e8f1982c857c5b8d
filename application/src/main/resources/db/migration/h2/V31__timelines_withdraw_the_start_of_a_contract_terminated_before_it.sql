-- A tender's contract terminated before its first day does not start: its start entry (ContractStart) is withdrawn
-- at the instant the termination was recorded, so that the timeline as it stood before that instant still shows it.
-- The timeline index holds the whole entry (V12), the new column included. The timelines lose their tokens, so that
-- the first start after the upgrade rebuilds them from the first event (ADR 0017) and withdraws the starts of
-- contracts terminated before this version.
DROP INDEX ix_timeline_segment;
ALTER TABLE timeline_entry ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_timeline_segment ON timeline_entry (segment_id, kind, entry_date, recorded_at, position,
    type, aggregate_id, actor, summary, planned_date, deviation_days, event_id, withdrawn_at);
DELETE FROM token_entry WHERE processor_name = 'timelines';
