package nl.contractledger.application.web.tender;

import nl.contractledger.application.web.HistoryResponse;
import nl.contractledger.application.web.query.Reads;
import nl.contractledger.domain.tender.TenderId;
import nl.contractledger.projections.tender.TenderProjection;
import nl.contractledger.projections.tender.TenderQueries;
import nl.contractledger.projections.tender.TenderView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A tender — state, lots, bids, standstill, proceedings, planned and actual milestones — and its history. */
@RestController
@RequestMapping("/api/tenders")
class TenderQueryController {

    private final TenderQueries tenders;
    private final Reads reads;

    TenderQueryController(TenderQueries tenders, Reads reads) {
        this.tenders = tenders;
        this.reads = reads;
    }

    @GetMapping("/{tenderId}")
    ResponseEntity<TenderView> tender(@PathVariable String tenderId, @RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) Long minPosition) {
        return reads.view(TenderProjection.PROCESSING_GROUP, "tender", TenderId.of(tenderId).value(), asOf,
                minPosition, tenders::tender, view -> view.version);
    }

    @GetMapping("/{tenderId}/history")
    HistoryResponse history(@PathVariable String tenderId) {
        TenderId id = TenderId.of(tenderId);
        return reads.history("tender", id.value(), id.toString());
    }
}
