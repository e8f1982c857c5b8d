-- On H2 every large object a query returns is copied into the large-object store as a temporary one,
-- and the reading session keeps that copy for LOB_TIMEOUT (five minutes). Read models, snapshots,
-- tokens and sagas are read on every event or command, so at a thousand events a second the sessions
-- held hundreds of thousands of copies: during a fill of a million events they filled a 512 MB heap
-- (OutOfMemoryError in H2's chunk writer) and every copy was written to the file and removed again.
-- Kept in their rows instead, as character or binary strings (up to H2's limit of 1,000,000,000).
-- Dead letters keep their large objects: they are read only when an operator looks at them.
ALTER TABLE read_document ALTER COLUMN document SET DATA TYPE CHARACTER VARYING;
ALTER TABLE ocds_process ALTER COLUMN state SET DATA TYPE CHARACTER VARYING;
ALTER TABLE ocds_release ALTER COLUMN release_json SET DATA TYPE CHARACTER VARYING;
ALTER TABLE snapshot_event_entry ALTER COLUMN payload SET DATA TYPE BINARY VARYING;
ALTER TABLE snapshot_event_entry ALTER COLUMN meta_data SET DATA TYPE BINARY VARYING;
ALTER TABLE token_entry ALTER COLUMN token SET DATA TYPE BINARY VARYING;
ALTER TABLE saga_entry ALTER COLUMN serialized_saga SET DATA TYPE BINARY VARYING;
