package nl.contractledger.application.web.region;

import nl.contractledger.application.web.HistoryCsv;
import nl.contractledger.application.web.HistoryResponse;
import nl.contractledger.application.web.command.BusinessDay;
import nl.contractledger.application.web.query.AsOf;
import nl.contractledger.application.web.query.CompleteAnswers;
import nl.contractledger.application.web.query.Reads;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.projections.region.RegionProjection;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.region.RegionView;
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

/**
 * Every region, and a region with its members, segments and policy — now or as recorded at {@code asOf} —
 * and its history. Its segments' status and products, and its member municipalities, are those of the business date
 * {@code on}, today by default ({@link nl.contractledger.projections.region.RegionOnDay}).
 */
@RestController
@RequestMapping("/api/regions")
class RegionQueryController {

    private final RegionQueries regions;
    private final CompleteAnswers complete;
    private final Reads reads;

    RegionQueryController(RegionQueries regions, Reads reads, CompleteAnswers complete) {
        this.regions = regions;
        this.complete = complete;
        this.reads = reads;
    }

    @GetMapping
    List<RegionView> regions(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                             @RequestParam(required = false) Long minPosition, @RequestParam(required = false) String asOf) {
        LocalDate day = BusinessDay.on(on);
        Instant instant = AsOf.parse(asOf);
        complete.awaitFor(List.of(RegionProjection.PROCESSING_GROUP), minPosition, instant);
        return regions.regions(instant, day);
    }

    @GetMapping("/{regionId}")
    ResponseEntity<RegionView> region(@PathVariable String regionId, @RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                      @RequestParam(required = false) Long minPosition) {
        RegionId id = RegionId.of(regionId);
        LocalDate day = BusinessDay.on(on);
        return reads.view(RegionProjection.PROCESSING_GROUP, "region", id.value(), id.toString(), asOf,
                minPosition, (region, instant) -> regions.region(region, instant, day), view -> view.version, day);
    }

    @GetMapping(value = "/{regionId}/history", produces = {MediaType.APPLICATION_JSON_VALUE, HistoryCsv.MEDIA_TYPE})
    HistoryResponse history(@PathVariable String regionId) {
        RegionId id = RegionId.of(regionId);
        return reads.history("region", id.value(), id.toString());
    }
}
