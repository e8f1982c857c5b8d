-- The contract's title in the register index, so a timeline names a contract's end without loading its document.
ALTER TABLE contract_index ADD COLUMN title VARCHAR(500);
