-- The tamper-evident history: one seal per event in global order, hash(n) = SHA-256(hash(n-1) || canonical
-- bytes of event n); the head of the chain, locked by the one sealer at work; and signed checkpoints.
CREATE TABLE event_seal (
    position  BIGINT      NOT NULL,
    hash      VARCHAR(64) NOT NULL,
    sealed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_event_seal PRIMARY KEY (position)
);

CREATE TABLE seal_head (
    id       INTEGER     NOT NULL,
    position BIGINT      NOT NULL,
    hash     VARCHAR(64) NOT NULL,
    CONSTRAINT pk_seal_head PRIMARY KEY (id)
);
INSERT INTO seal_head (id, position, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit_checkpoint (
    position    BIGINT       NOT NULL,
    hash        VARCHAR(64)  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    signature   VARCHAR(200) NOT NULL,
    key_id      VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_audit_checkpoint PRIMARY KEY (position)
);
