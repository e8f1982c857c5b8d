package nl.contractledger.projections.contract;

import nl.contractledger.domain.contract.ContractPublishedEvent;
import nl.contractledger.projections.rebuild.RebuildBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rows of the contract register that its filters use: a contract's region, kind, dates and title,
 * its segments and its parties. Written as events arrive; during a rebuild batch through
 * {@link ContractIndexBatch}, which keeps them in memory and writes them in JDBC batches at its end.
 */
@Component
class ContractIndex {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ContractIndex(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    private Optional<ContractIndexBatch> batch() {
        return RebuildBatch.current().map(current -> current.state(this, () -> new ContractIndexBatch(batches)));
    }

    void published(ContractPublishedEvent published) {
        String id = published.contractId().value();
        Optional<ContractIndexBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().published(published);
            return;
        }
        jdbc.sql("""
                        INSERT INTO contract_index (contract_id, region_id, kind, starts_on, ends_on, title)
                        VALUES (:id, :region, :kind, :starts, :ends, :title)""")
                .param("id", id).param("region", published.regionId().value()).param("kind", published.kind().name())
                .param("title", published.title())
                .param("starts", published.startsOn()).param("ends", published.endsOn()).update();
        published.segmentIds().forEach(segment -> jdbc.sql(
                        "INSERT INTO contract_segment (contract_id, segment_id) VALUES (:id, :segment)")
                .param("id", id).param("segment", segment.value()).update());
    }

    void extended(String contractId, LocalDate endsOn) {
        Optional<ContractIndexBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().extended(contractId, endsOn);
            return;
        }
        jdbc.sql("UPDATE contract_index SET ends_on = :ends WHERE contract_id = :id")
                .param("ends", endsOn).param("id", contractId).update();
    }

    void terminated(String contractId, LocalDate effectiveOn) {
        Optional<ContractIndexBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().terminated(contractId, effectiveOn);
            return;
        }
        jdbc.sql("UPDATE contract_index SET terminated_on = :on WHERE contract_id = :id")
                .param("on", effectiveOn).param("id", contractId).update();
    }

    void party(String contractId, String providerId) {
        Optional<ContractIndexBatch> batch = batch();
        if (batch.isPresent()) {
            batch.get().party(contractId, providerId);
            return;
        }
        jdbc.sql(ContractIndexBatch.PARTY).param(1, contractId).param(2, providerId)
                .param(3, contractId).param(4, providerId).update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM contract_party").update();
        jdbc.sql("DELETE FROM contract_segment").update();
        jdbc.sql("DELETE FROM contract_index").update();
    }
}
