package nl.contractledger.projections.contract;

import nl.contractledger.domain.contract.ContractPublishedEvent;
import nl.contractledger.projections.OwnTables;
import nl.contractledger.projections.batch.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The rows of the contract register that its filters use: a contract's region, kind, dates and title,
 * its segments and its parties. Every change goes through a {@link ContractIndexBatch}: during a
 * rebuild batch the one kept for it, written at its end; otherwise one for this event, written at once.
 */
@Component
class ContractIndex {

    static final List<String> TABLES = List.of("contract_party", "contract_segment", "contract_index");

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ContractIndex(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    void published(ContractPublishedEvent published) {
        write(batch -> batch.published(published));
    }

    void extended(String contractId, LocalDate endsOn) {
        write(batch -> batch.extended(contractId, endsOn));
    }

    void terminated(String contractId, LocalDate effectiveOn) {
        write(batch -> batch.terminated(contractId, effectiveOn));
    }

    void party(String contractId, String providerId) {
        write(batch -> batch.party(contractId, providerId));
    }

    void deleteAll() {
        OwnTables.deleteRows(jdbc, TABLES);
    }

    private void write(Consumer<ContractIndexBatch> change) {
        Optional<ProjectionBatch> rebuild = ProjectionBatch.current();
        if (rebuild.isPresent()) {
            change.accept(rebuild.get().state(this, () -> new ContractIndexBatch(batches)));
            return;
        }
        ContractIndexBatch single = new ContractIndexBatch(batches);
        change.accept(single);
        single.flush();
    }
}
