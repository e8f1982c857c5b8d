-- A tender's contract terminated before its first day does not start: its start entry (ContractStart) is withdrawn
-- at the instant the termination was recorded, so that the timeline as it stood before that instant still shows it.
-- Adding a column without a default rewrites nothing in PostgreSQL. The timelines lose their tokens, so that the
-- first start after the upgrade rebuilds them from the first event (ADR 0017) and withdraws the starts of contracts
-- terminated before this version.
ALTER TABLE timeline_entry ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
DELETE FROM token_entry WHERE processor_name = 'timelines';
