package nl.contractledger.application.web.contract;

import nl.contractledger.application.web.HistoryCsv;
import nl.contractledger.application.web.HistoryResponse;
import nl.contractledger.application.web.command.BusinessDay;
import nl.contractledger.application.web.problem.BadRequest;
import nl.contractledger.application.web.query.AsOf;
import nl.contractledger.application.web.query.CompleteAnswers;
import nl.contractledger.application.web.query.Reads;
import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.contract.ContractTerms;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.BusinessDates;
import nl.contractledger.projections.contract.ContractProjection;
import nl.contractledger.projections.contract.ContractQueries;
import nl.contractledger.projections.contract.ContractView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The contract register and single contracts. {@code on} (a business date, default today in
 * Europe/Amsterdam) decides the derived status and the terms version in force.
 */
@RestController
@RequestMapping("/api/contracts")
class ContractQueryController {

    private static final Set<String> STATUSES = Set.of("PUBLISHED", "ACTIVE", "EXPIRED", "TERMINATED");

    private final ContractQueries contracts;
    private final Reads reads;
    private final CompleteAnswers complete;

    ContractQueryController(ContractQueries contracts, Reads reads, CompleteAnswers complete) {
        this.contracts = contracts;
        this.reads = reads;
        this.complete = complete;
    }

    /**
     * The contract register, filtered, each contract's status on {@code on} (default today); with {@code asOf}, as
     * recorded at that instant (each contract folded up to it), answered once the register has handled every event
     * recorded when asked, so that none published by then is left out.
     */
    @GetMapping
    List<ContractView> register(@RequestParam(required = false) String regionId,
                                @RequestParam(required = false) String segmentId,
                                @RequestParam(required = false) String providerId,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresBefore,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                @RequestParam(required = false) Long minPosition,
                                @RequestParam(required = false) String asOf) {
        if (status != null && !STATUSES.contains(status)) {
            throw new BadRequest("status", "status must be one of " + STATUSES);
        }
        Instant instant = AsOf.parse(asOf);
        complete.awaitFor(List.of(ContractProjection.PROCESSING_GROUP), minPosition, instant);
        return contracts.register(new ContractQueries.Filter(
                regionId == null ? null : RegionId.of(regionId).value(),
                segmentId == null ? null : SegmentId.of(segmentId).value(),
                providerId == null ? null : ProviderId.of(providerId).value(), status,
                BusinessDates.require(expiresBefore, "expiresBefore")),
                BusinessDay.on(on), instant);
    }

    @GetMapping("/{contractId}")
    ResponseEntity<ContractView> contract(@PathVariable String contractId, @RequestParam(required = false) String asOf,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                          @RequestParam(required = false) Long minPosition) {
        ContractId id = ContractId.of(contractId);
        LocalDate day = BusinessDay.on(on);
        return reads.view(ContractProjection.PROCESSING_GROUP, "contract", id.value(), id.toString(), asOf,
                minPosition, (contract, instant) -> contracts.contract(contract, instant, day), view -> view.version, day);
    }

    @GetMapping("/{contractId}/versions/{version}")
    ContractTerms version(@PathVariable String contractId, @PathVariable int version) {
        ContractId id = ContractId.of(contractId);
        return contracts.version(id.value(), version).orElseThrow(() ->
                nl.contractledger.application.web.query.NotFound.of("terms version " + version + " of contract",
                        id.value(), null));
    }

    @GetMapping(value = "/{contractId}/history", produces = {MediaType.APPLICATION_JSON_VALUE, HistoryCsv.MEDIA_TYPE})
    HistoryResponse history(@PathVariable String contractId) {
        ContractId id = ContractId.of(contractId);
        return reads.history("contract", id.value(), id.toString());
    }
}
