-- On H2 a BLOB longer than 256 bytes lives in a separate large-object store: every event appended
-- writes it there, every event read fetches it from there, and each one read is held by the reading
-- session for H2's LOB_TIMEOUT (five minutes) so that the result stays readable. A rebuild reads every
-- event within minutes: after a rebuild at a hundred thousand events ran out of a 512 MB heap, those
-- references were the largest part of what was still live.
-- Events are small (under a kilobyte; every text in them has a maximum length), so their payload
-- and meta-data are kept in their rows, as binary strings of at most 1,000,000 bytes.
ALTER TABLE domain_event_entry ALTER COLUMN payload SET DATA TYPE BINARY VARYING(1000000);
ALTER TABLE domain_event_entry ALTER COLUMN meta_data SET DATA TYPE BINARY VARYING(1000000);
