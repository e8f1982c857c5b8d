package nl.contractledger.application.web.region;

import nl.contractledger.application.readmodel.ReadModels;
import nl.contractledger.application.web.HistoryResponse;
import nl.contractledger.application.web.command.Answers;
import nl.contractledger.application.web.query.AsOf;
import nl.contractledger.application.web.query.NotFound;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.projections.history.EventHistory;
import nl.contractledger.projections.history.HistoryEntry;
import nl.contractledger.projections.region.RegionProjection;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.region.RegionView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** A region with its members, segments and policy — now or as recorded at {@code asOf} — and its history. */
@RestController
@RequestMapping("/api/regions")
class RegionQueryController {

    private final RegionQueries regions;
    private final EventHistory history;
    private final ReadModels readModels;

    RegionQueryController(RegionQueries regions, EventHistory history, ReadModels readModels) {
        this.regions = regions;
        this.history = history;
        this.readModels = readModels;
    }

    @GetMapping("/{regionId}")
    ResponseEntity<RegionView> region(@PathVariable String regionId,
                                      @RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) Long minPosition) {
        RegionId id = RegionId.of(regionId);
        Instant instant = AsOf.parse(asOf);
        readModels.awaitPosition(RegionProjection.PROCESSING_GROUP, minPosition);
        RegionView region = regions.region(id.value(), instant)
                .orElseThrow(() -> NotFound.of("region", id.value(), instant));
        return ResponseEntity.ok().eTag(Answers.etag(region.version)).body(region);
    }

    @GetMapping("/{regionId}/history")
    HistoryResponse history(@PathVariable String regionId) {
        RegionId id = RegionId.of(regionId);
        List<HistoryEntry> events = history.of(id.toString());
        if (events.isEmpty()) {
            throw NotFound.of("region", id.value(), null);
        }
        return new HistoryResponse(id.value(), events);
    }
}
