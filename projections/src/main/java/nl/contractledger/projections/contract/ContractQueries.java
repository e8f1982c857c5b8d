package nl.contractledger.projections.contract;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.ContractTerms;
import nl.contractledger.domain.shared.BusinessDates;
import nl.contractledger.projections.document.ViewReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The contract register and single contracts, now or as recorded at an instant, described for a business date. */
@Component
public class ContractQueries {

    /** The register's filters; any may be null. */
    public record Filter(String regionId, String segmentId, String providerId, String status, LocalDate expiresBefore) {
    }

    private final ViewReader views;
    private final JdbcClient jdbc;

    public ContractQueries(ViewReader views, JdbcClient jdbc) {
        this.views = views;
        this.jdbc = jdbc;
    }

    public Optional<ContractView> contract(String contractId, Instant asOf, LocalDate on) {
        return views.read(ContractProjection.KIND, contractId, ContractId.of(contractId).toString(), ContractView.class,
                ContractEvolver.INSTANCE, asOf).map(contract -> ContractStatus.describe(contract, on));
    }

    /**
     * By id, the contracts with these ids, now or as recorded at an instant, described for a business date; one
     * absent then is absent here.
     */
    public Map<String, ContractView> contracts(Collection<String> contractIds, Instant asOf, LocalDate on) {
        Map<String, ContractView> contracts = views.readAll(ContractProjection.KIND, contractIds,
                id -> ContractId.of(id).toString(), ContractView.class, ContractEvolver.INSTANCE, asOf);
        contracts.values().forEach(contract -> ContractStatus.describe(contract, on));
        return contracts;
    }

    public Optional<ContractTerms> version(String contractId, int version) {
        return contract(contractId, null, BusinessDates.today()).flatMap(contract -> contract.termsVersions.stream()
                .filter(terms -> terms.version() == version).findFirst());
    }

    /**
     * The contracts the filter matches, described for the business date {@code on}, in the order of their ids; with
     * {@code asOf}, as recorded at that instant: those published by then, each folded up to it and matched as it was
     * then (its parties, end, termination and parts then). The index picks the candidates by what never changes
     * (region, segments) and what only grows (parties); today's end and termination narrow them only for a read of
     * now.
     */
    public List<ContractView> register(Filter filter, LocalDate on, Instant asOf) {
        StringBuilder sql = new StringBuilder("SELECT i.contract_id, i.starts_on, i.ends_on, i.terminated_on "
                + "FROM contract_index i WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.regionId() != null) {
            sql.append(" AND i.region_id = ?");
            params.add(filter.regionId());
        }
        if (filter.segmentId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM contract_segment s WHERE s.contract_id = i.contract_id AND s.segment_id = ?)");
            params.add(filter.segmentId());
        }
        if (filter.providerId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM contract_party p WHERE p.contract_id = i.contract_id AND p.provider_id = ?)");
            params.add(filter.providerId());
        }
        if (filter.expiresBefore() != null && asOf == null) {
            sql.append(" AND i.ends_on < ?");
            params.add(filter.expiresBefore());
        }
        sql.append(" ORDER BY i.contract_id");
        record Row(String id, LocalDate startsOn, LocalDate endsOn, LocalDate terminatedOn) {
        }
        List<String> candidates = jdbc.sql(sql.toString()).params(params)
                .query((row, index) -> new Row(row.getString("contract_id"), row.getObject("starts_on", LocalDate.class),
                        row.getObject("ends_on", LocalDate.class), row.getObject("terminated_on", LocalDate.class)))
                .list().stream()
                .filter(row -> asOf != null || filter.status() == null || statusOfAPart(filter)
                        || ContractStatus.on(on, row.startsOn(), row.endsOn(), row.terminatedOn()).equals(filter.status()))
                .map(Row::id)
                .toList();
        Map<String, ContractView> contracts = contracts(candidates, asOf, on);
        return candidates.stream()
                .flatMap(id -> Stream.ofNullable(contracts.get(id)))
                .filter(contract -> filter.providerId() == null
                        || contract.parties.stream().anyMatch(party -> party.providerId.equals(filter.providerId())))
                .filter(contract -> filter.expiresBefore() == null || contract.endsOn.isBefore(filter.expiresBefore()))
                .map(contract -> concerning(contract, filter, on))
                .filter(contract -> filter.status() == null || (statusOfAPart(filter)
                        ? contract.statusConcerning.status() : contract.status).equals(filter.status()))
                .toList();
    }

    private static ContractView concerning(ContractView contract, Filter filter, LocalDate on) {
        if (filter.segmentId() != null || filter.providerId() != null) {
            contract.statusConcerning = new ContractView.StatusConcerning(filter.segmentId(), filter.providerId(),
                    ContractStatus.concerning(contract, on, filter.segmentId(), filter.providerId()));
        }
        return contract;
    }

    /**
     * Whether the status asked for is that of a contract as it concerns a segment or a provider, which the
     * index does not hold: a contract's part for a segment, or a provider's participation, can end before
     * the contract does, and is then TERMINATED for that segment or provider, and a provider's can begin after it
     * (PUBLISHED for that provider until it joins); the index picks the contracts of the segment or provider, and the
     * status is matched on their views.
     */
    private static boolean statusOfAPart(Filter filter) {
        return filter.status() != null && (filter.segmentId() != null || filter.providerId() != null);
    }
}
