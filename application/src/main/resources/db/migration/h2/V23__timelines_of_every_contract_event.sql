-- The timelines entered only some of a contract's events: its tariffs, spending caps, KPIs agreed and KPI results
-- were left out, where a segment's timelines hold every tender, contract and revision event that concerns it. The
-- timelines lose their tokens, so that the first start after the upgrade rebuilds them from the first event
-- (ADR 0017), their lists refused meanwhile.
DELETE FROM token_entry WHERE processor_name = 'timelines';
