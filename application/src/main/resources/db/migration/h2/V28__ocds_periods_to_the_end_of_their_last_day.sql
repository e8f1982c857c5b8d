-- The OCDS export gave the end of every period as the start of its last day (2032-12-31T00:00:00+01:00): a contract
-- that runs through 31 December seemed to end as that day began, a bid on the submission deadline seemed late. Ends
-- are now the end of their last day. The export loses its tokens, so that the first start after the upgrade rebuilds
-- it from the first event (ADR 0017), its lists refused meanwhile.
DELETE FROM token_entry WHERE processor_name = 'ocds';
