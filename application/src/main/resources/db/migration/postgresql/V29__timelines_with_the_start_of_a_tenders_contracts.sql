-- The tender timelines set every step of a tender's plan against its actual day but the last: the day its contracts
-- start. A contract a tender awarded now enters its start there, against the plan (or, when it starts on the day of its
-- publication, its publication is set against it). The timelines lose their tokens, so that the first start after the
-- upgrade rebuilds them from the first event (ADR 0017), their lists refused meanwhile.
DELETE FROM token_entry WHERE processor_name = 'timelines';
