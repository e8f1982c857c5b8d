package nl.contractledger.application.web.ocds;

import io.swagger.v3.oas.annotations.ExternalDocumentation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.contractledger.application.web.problem.BadRequest;
import nl.contractledger.application.web.query.CompleteAnswers;
import nl.contractledger.application.web.query.NotFound;
import nl.contractledger.projections.ocds.OcdsProjection;
import nl.contractledger.projections.ocds.OcdsQueries;
import nl.contractledger.projections.region.RegionProjection;
import nl.contractledger.projections.region.RegionQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The OCDS 1.1 export: a region's releases as a release package, a process's record as a record package. */
@RestController
@RequestMapping(value = "/api/ocds", produces = "application/json")
class OcdsController {

    private final OcdsQueries ocds;
    private final RegionQueries regions;
    private final CompleteAnswers complete;
    private final String publisher;

    OcdsController(OcdsQueries ocds, RegionQueries regions, CompleteAnswers complete,
                   @Value("${ledger.ocds.publisher-name:Contract Ledger}") String publisher) {
        this.ocds = ocds;
        this.regions = regions;
        this.complete = complete;
        this.publisher = publisher;
    }

    @GetMapping("/releases")
    @ApiResponse(responseCode = "200", description = "The region's releases as an OCDS 1.1 release package",
            content = @Content(schema = @Schema(type = "object",
                    externalDocs = @ExternalDocumentation(url = "https://standard.open-contracting.org/1.1/en/schema/release_package/"))))
    ObjectNode releases(@RequestParam(required = false) String regionId, @RequestParam(required = false) Long minPosition) {
        if (regionId == null || regionId.isBlank()) {
            throw new BadRequest("regionId", "regionId names the region whose releases to export");
        }
        complete.awaitNow(List.of(OcdsProjection.PROCESSING_GROUP, RegionProjection.PROCESSING_GROUP), minPosition);
        if (regions.region(regionId, null).isEmpty()) {
            throw NotFound.of("region", regionId, null);
        }
        ObjectNode releasePackage = packageHead();
        releasePackage.putArray("releases").addAll(ocds.releasesOfRegion(regionId));
        return releasePackage;
    }

    @GetMapping("/records/{ocid}")
    @ApiResponse(responseCode = "200", description = "The contracting process's record as an OCDS 1.1 record package",
            content = @Content(schema = @Schema(type = "object",
                    externalDocs = @ExternalDocumentation(url = "https://standard.open-contracting.org/1.1/en/schema/record_package/"))))
    ObjectNode record(@PathVariable String ocid, @RequestParam(required = false) Long minPosition) {
        complete.awaitNow(List.of(OcdsProjection.PROCESSING_GROUP), minPosition);
        ObjectNode record = ocds.record(ocid).orElseThrow(() -> NotFound.of("contracting process", ocid, null));
        ObjectNode recordPackage = packageHead();
        recordPackage.putArray("records").add(record);
        return recordPackage;
    }

    private ObjectNode packageHead() {
        ObjectNode head = JsonNodeFactory.instance.objectNode()
                .put("uri", ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString())
                .put("version", "1.1")
                .put("publishedDate", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        head.set("publisher", JsonNodeFactory.instance.objectNode().put("name", publisher));
        return head;
    }
}
