package nl.contractledger.application.lookup;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.revision.OpenRevisions;
import nl.contractledger.domain.revision.RevisionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The {@code open_revision} table, written in the command's own transaction; its primary key on the
 * contract refuses a second open revision even when two nodes open one at the same moment.
 */
@Component
class JdbcOpenRevisions implements OpenRevisions {

    private final JdbcClient jdbc;

    JdbcOpenRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RevisionId> holderOf(ContractId contractId) {
        return jdbc.sql("SELECT revision_id FROM open_revision WHERE contract_id = :contract")
                .param("contract", contractId.value()).query(String.class).optional().map(RevisionId::of);
    }

    @Override
    public void claim(RevisionId revisionId, List<ContractId> contractIds) {
        contractIds.forEach(contract -> jdbc.sql(
                        "INSERT INTO open_revision (contract_id, revision_id) VALUES (:contract, :revision)")
                .param("contract", contract.value()).param("revision", revisionId.value()).update());
    }

    @Override
    public void release(RevisionId revisionId) {
        jdbc.sql("DELETE FROM open_revision WHERE revision_id = :revision").param("revision", revisionId.value()).update();
    }
}
