package nl.contractledger.application.web.tender;

import nl.contractledger.application.web.HistoryCsv;
import nl.contractledger.application.web.HistoryResponse;
import nl.contractledger.application.web.dossier.DossierPdf;
import nl.contractledger.application.web.query.AsOf;
import nl.contractledger.application.web.query.CompleteAnswers;
import nl.contractledger.application.web.query.NotFound;
import nl.contractledger.application.web.query.ProcedureFilters;
import nl.contractledger.application.web.query.Reads;
import nl.contractledger.domain.tender.TenderId;
import nl.contractledger.domain.tender.TenderState;
import nl.contractledger.projections.ProcedureFilter;
import nl.contractledger.projections.contract.ContractProjection;
import nl.contractledger.projections.dossier.AwardDossier;
import nl.contractledger.projections.dossier.AwardDossierBuilder;
import nl.contractledger.projections.tender.TenderProjection;
import nl.contractledger.projections.tender.TenderQueries;
import nl.contractledger.projections.tender.TenderView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * The tenders of a region or segment, and a tender — state, lots, bids, standstill, proceedings, planned and
 * actual milestones — its history, and its award dossier as JSON, as a printable HTML document or as PDF/A.
 */
@RestController
@RequestMapping("/api/tenders")
class TenderQueryController {

    private final TenderQueries tenders;
    private final AwardDossierBuilder dossiers;
    private final Reads reads;
    private final CompleteAnswers complete;

    TenderQueryController(TenderQueries tenders, AwardDossierBuilder dossiers, Reads reads, CompleteAnswers complete) {
        this.tenders = tenders;
        this.dossiers = dossiers;
        this.reads = reads;
        this.complete = complete;
    }

    @GetMapping
    List<TenderView> tenders(@RequestParam(required = false) String regionId, @RequestParam(required = false) String segmentId,
                             @RequestParam(required = false) String state, @RequestParam(required = false) Long minPosition,
                             @RequestParam(required = false) String asOf) {
        ProcedureFilter filter = ProcedureFilters.of(regionId, segmentId, state, TenderState.values());
        Instant instant = AsOf.parse(asOf);
        complete.awaitFor(List.of(TenderProjection.PROCESSING_GROUP), minPosition, instant);
        return tenders.tenders(filter, instant);
    }

    @GetMapping("/{tenderId}")
    ResponseEntity<TenderView> tender(@PathVariable String tenderId, @RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) Long minPosition) {
        TenderId id = TenderId.of(tenderId);
        return reads.view(TenderProjection.PROCESSING_GROUP, "tender", id.value(), id.toString(), asOf,
                minPosition, tenders::tender, view -> view.version);
    }

    @GetMapping(value = "/{tenderId}/history", produces = {MediaType.APPLICATION_JSON_VALUE, HistoryCsv.MEDIA_TYPE})
    HistoryResponse history(@PathVariable String tenderId) {
        TenderId id = TenderId.of(tenderId);
        return reads.history("tender", id.value(), id.toString());
    }

    @GetMapping(value = "/{tenderId}/dossier", produces = MediaType.APPLICATION_JSON_VALUE)
    AwardDossier dossier(@PathVariable String tenderId, @RequestParam(required = false) String asOf,
                         @RequestParam(required = false) Long minPosition) {
        return build(tenderId, asOf, minPosition);
    }

    @GetMapping(value = "/{tenderId}/dossier", produces = MediaType.TEXT_HTML_VALUE)
    String dossierDocument(@PathVariable String tenderId, @RequestParam(required = false) String asOf,
                           @RequestParam(required = false) Long minPosition) {
        return AwardDossierHtml.render(build(tenderId, asOf, minPosition));
    }

    @GetMapping(value = "/{tenderId}/dossier", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> dossierPdf(@PathVariable String tenderId, @RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) Long minPosition) {
        return DossierPdf.answer(dossierDocument(tenderId, asOf, minPosition), "tender-" + tenderId + "-award-dossier.pdf");
    }

    /**
     * The dossier. Its contracts are found in the contract register: not while that is being rebuilt, and once it has
     * handled {@code minPosition}, so that a contract just published or signed is in it.
     */
    private AwardDossier build(String tenderId, String asOf, Long minPosition) {
        TenderId id = TenderId.of(tenderId);
        Instant instant = AsOf.parse(asOf);
        complete.awaitFor(List.of(ContractProjection.PROCESSING_GROUP), minPosition, instant);
        return dossiers.build(id.value(), instant).orElseThrow(() -> NotFound.of("tender", id.value(), instant));
    }
}
