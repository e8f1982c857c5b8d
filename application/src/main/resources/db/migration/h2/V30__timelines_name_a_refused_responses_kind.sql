-- A response refused as late now keeps the kind it was sent as (COMMENT, OBJECTION, NOTICE), and the revision timelines
-- word it as a received one is worded: "OBJECTION from … on text version 1 refused: …". The timelines lose their
-- tokens, so that the first start after the upgrade rebuilds them from the first event (ADR 0017) and their entries
-- read as a rebuild writes them; responses refused before keep no kind and read "Response from … on text version 1".
DELETE FROM token_entry WHERE processor_name = 'timelines';
