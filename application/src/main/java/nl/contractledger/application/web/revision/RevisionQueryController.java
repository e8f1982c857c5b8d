package nl.contractledger.application.web.revision;

import nl.contractledger.application.web.HistoryCsv;
import nl.contractledger.application.web.HistoryResponse;
import nl.contractledger.application.web.command.BusinessDay;
import nl.contractledger.application.web.dossier.DossierPdf;
import nl.contractledger.application.web.query.AsOf;
import nl.contractledger.application.web.query.CompleteAnswers;
import nl.contractledger.application.web.query.NotFound;
import nl.contractledger.application.web.query.ProcedureFilters;
import nl.contractledger.application.web.query.Reads;
import nl.contractledger.domain.revision.RevisionId;
import nl.contractledger.projections.ProcedureFilter;
import nl.contractledger.projections.dossier.Dossier;
import nl.contractledger.projections.dossier.DossierBuilder;
import nl.contractledger.projections.revision.RevisionProjection;
import nl.contractledger.projections.revision.RevisionQueries;
import nl.contractledger.projections.revision.RevisionStates;
import nl.contractledger.projections.revision.RevisionView;
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
 * The revision procedures of a region or segment, and a revision procedure, its history, and its dossier as
 * JSON, as a printable HTML document or as PDF/A.
 */
@RestController
@RequestMapping("/api/revisions")
class RevisionQueryController {

    private final RevisionQueries revisions;
    private final DossierBuilder dossiers;
    private final Reads reads;
    private final CompleteAnswers complete;

    RevisionQueryController(RevisionQueries revisions, DossierBuilder dossiers, Reads reads, CompleteAnswers complete) {
        this.revisions = revisions;
        this.dossiers = dossiers;
        this.reads = reads;
        this.complete = complete;
    }

    /**
     * The revision procedures of a region or segment, each in its state on {@code on} (default today): a finalised one
     * is {@code EFFECTIVE} from its effective date.
     */
    @GetMapping
    List<RevisionView> revisions(@RequestParam(required = false) String regionId,
                                 @RequestParam(required = false) String segmentId,
                                 @RequestParam(required = false) String state,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                 @RequestParam(required = false) Long minPosition,
                                 @RequestParam(required = false) String asOf) {
        ProcedureFilter filter = ProcedureFilters.of(regionId, segmentId, state, RevisionStates.ALL);
        Instant instant = AsOf.parse(asOf);
        complete.awaitFor(List.of(RevisionProjection.PROCESSING_GROUP), minPosition, instant);
        return revisions.revisions(filter, instant, BusinessDay.on(on));
    }

    @GetMapping("/{revisionId}")
    ResponseEntity<RevisionView> revision(@PathVariable String revisionId, @RequestParam(required = false) String asOf,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                          @RequestParam(required = false) Long minPosition) {
        RevisionId id = RevisionId.of(revisionId);
        LocalDate day = BusinessDay.on(on);
        return reads.view(RevisionProjection.PROCESSING_GROUP, "revision procedure", id.value(), id.toString(), asOf,
                minPosition, (revision, instant) -> revisions.revision(revision, instant, day), view -> view.version, day);
    }

    @GetMapping(value = "/{revisionId}/dossier", produces = MediaType.APPLICATION_JSON_VALUE)
    Dossier dossier(@PathVariable String revisionId, @RequestParam(required = false) String asOf) {
        return build(revisionId, asOf);
    }

    @GetMapping(value = "/{revisionId}/dossier", produces = MediaType.TEXT_HTML_VALUE)
    String dossierDocument(@PathVariable String revisionId, @RequestParam(required = false) String asOf) {
        return DossierHtml.render(build(revisionId, asOf));
    }

    @GetMapping(value = "/{revisionId}/dossier", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> dossierPdf(@PathVariable String revisionId, @RequestParam(required = false) String asOf) {
        return DossierPdf.answer(dossierDocument(revisionId, asOf), "revision-" + revisionId + "-dossier.pdf");
    }

    @GetMapping(value = "/{revisionId}/history", produces = {MediaType.APPLICATION_JSON_VALUE, HistoryCsv.MEDIA_TYPE})
    HistoryResponse history(@PathVariable String revisionId) {
        RevisionId id = RevisionId.of(revisionId);
        return reads.history("revision procedure", id.value(), id.toString());
    }

    private Dossier build(String revisionId, String asOf) {
        RevisionId id = RevisionId.of(revisionId);
        Instant instant = AsOf.parse(asOf);
        return dossiers.build(id.value(), instant).orElseThrow(() -> NotFound.of("revision procedure", id.value(), instant));
    }
}
