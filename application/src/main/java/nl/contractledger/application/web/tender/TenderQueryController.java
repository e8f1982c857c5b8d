package nl.contractledger.application.web.tender;

import nl.contractledger.application.readmodel.ReadModels;
import nl.contractledger.application.web.HistoryResponse;
import nl.contractledger.application.web.command.Answers;
import nl.contractledger.application.web.query.AsOf;
import nl.contractledger.application.web.query.NotFound;
import nl.contractledger.domain.tender.TenderId;
import nl.contractledger.projections.history.EventHistory;
import nl.contractledger.projections.history.HistoryEntry;
import nl.contractledger.projections.tender.TenderProjection;
import nl.contractledger.projections.tender.TenderQueries;
import nl.contractledger.projections.tender.TenderView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** A tender — state, lots, bids, standstill, proceedings, planned and actual milestones — and its history. */
@RestController
@RequestMapping("/api/tenders")
class TenderQueryController {

    private final TenderQueries tenders;
    private final EventHistory history;
    private final ReadModels readModels;

    TenderQueryController(TenderQueries tenders, EventHistory history, ReadModels readModels) {
        this.tenders = tenders;
        this.history = history;
        this.readModels = readModels;
    }

    @GetMapping("/{tenderId}")
    ResponseEntity<TenderView> tender(@PathVariable String tenderId, @RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) Long minPosition) {
        TenderId id = TenderId.of(tenderId);
        Instant instant = AsOf.parse(asOf);
        readModels.awaitPosition(TenderProjection.PROCESSING_GROUP, minPosition);
        TenderView tender = tenders.tender(id.value(), instant)
                .orElseThrow(() -> NotFound.of("tender", id.value(), instant));
        return ResponseEntity.ok().eTag(Answers.etag(tender.version)).body(tender);
    }

    @GetMapping("/{tenderId}/history")
    HistoryResponse history(@PathVariable String tenderId) {
        TenderId id = TenderId.of(tenderId);
        List<HistoryEntry> events = history.of(id.toString());
        if (events.isEmpty()) {
            throw NotFound.of("tender", id.value(), null);
        }
        return new HistoryResponse(id.value(), events);
    }
}
