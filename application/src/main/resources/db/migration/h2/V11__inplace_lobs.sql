-- H2 keeps large-object values of at most this many bytes in their row instead of in its separate LOB
-- storage: event payloads, documents, OCDS releases and process states are a few KiB, and writing
-- each of them as a LOB of its own was most of the cost of appending and of reading them back.
-- The setting is stored in the database; values written before stay where they are.
SET MAX_LENGTH_INPLACE_LOB 65536;
