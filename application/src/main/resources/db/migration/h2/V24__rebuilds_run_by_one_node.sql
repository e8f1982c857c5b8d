-- A read model is rebuilt by one node at a time, and the others step aside while it runs: the mark names the node
-- (rebuilt_by, its token owner) and when it last said it was still at it (alive_at, epoch milliseconds of its
-- clock, renewed every second). The other nodes release their claims on the read model's tokens while the mark is
-- alive, so that the rebuild can claim them; a node that no longer renews it has died, and the processors go on.
-- At start-up, the node that takes a read model found without tokens rebuilds it; the others leave it to that node.
ALTER TABLE read_model_rebuild ADD COLUMN rebuilt_by VARCHAR(255);
ALTER TABLE read_model_rebuild ADD COLUMN alive_at BIGINT;
