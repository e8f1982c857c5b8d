package nl.contractledger.projections.timeline;

import nl.contractledger.domain.region.ProcurementFormChosenEvent;
import nl.contractledger.domain.region.ProductsMovedEvent;
import nl.contractledger.domain.region.SegmentClosedEvent;
import nl.contractledger.domain.revision.*;
import nl.contractledger.projections.dossier.DossierSteps;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The timeline facts of revision and segment events. */
final class OtherFacts {

    private OtherFacts() {
    }

    static TimelineFact of(RevisionEvent event, SummaryNames names, DossierSteps.Responders responders) {
        DossierSteps.Line line = DossierSteps.describe(event, names, responders);
        String id = event.revisionId().value();
        if (event instanceof RevisionOpenedEvent e) {
            Map<String, LocalDate> plan = new HashMap<>();
            PlannedSchedule s = e.plannedSchedule();
            if (s != null) {
                Optional.ofNullable(s.consultation()).ifPresent(date -> plan.put("consultation", date));
                Optional.ofNullable(s.textPresentation()).ifPresent(date -> plan.put("textPresentation", date));
                Optional.ofNullable(s.responseDeadline()).ifPresent(date -> plan.put("responseDeadline", date));
                Optional.ofNullable(s.publication()).ifPresent(date -> plan.put("publication", date));
            }
            plan.put("readyBy", s == null || s.readyBy() == null ? e.readyBy() : s.readyBy());
            return new TimelineFact(TimelineFact.REVISION, id, e.segmentIds().stream().map(Object::toString).toList(),
                    e.openedOn(), line.summary(), null, plan);
        }
        String milestone = event instanceof ProvidersConsultedEvent ? "consultation"
                : event instanceof RevisionTextPresentedEvent ? "textPresentation"
                : event instanceof ResponsesClosedEvent ? "responseDeadline"
                : event instanceof RevisedAgreementPublishedEvent ? "publication"
                : event instanceof RevisionFinalisedEvent ? "readyBy" : null;
        return new TimelineFact(TimelineFact.REVISION, id, null, line.date(), line.summary(), milestone, Map.of());
    }

    static TimelineFact of(Object regionEvent, SummaryNames names) {
        if (regionEvent instanceof ProductsMovedEvent e) {
            String summary = "Products " + String.join(", ", e.productCodes()) + " moved from " + names.segment(e.fromSegmentId())
                    + " to " + names.segment(e.toSegmentId());
            return new TimelineFact(TimelineFact.BOTH, e.regionId().value(),
                    List.of(e.fromSegmentId().value(), e.toSegmentId().value()), e.effectiveOn(), summary, null, Map.of());
        }
        if (regionEvent instanceof SegmentClosedEvent e) {
            List<String> segments = e.mergeIntoSegmentId() == null ? List.of(e.segmentId().value())
                    : List.of(e.segmentId().value(), e.mergeIntoSegmentId().value());
            String summary = capitalised(names.segment(e.segmentId())) + " closed"
                    + (e.mergeIntoSegmentId() == null ? "" : " and merged into " + names.segment(e.mergeIntoSegmentId()));
            return new TimelineFact(TimelineFact.BOTH, e.regionId().value(), segments, e.effectiveOn(), summary, null, Map.of());
        }
        if (regionEvent instanceof ProcurementFormChosenEvent e) {
            return new TimelineFact(TimelineFact.BOTH, e.regionId().value(), List.of(e.segmentId().value()),
                    e.decidedOn(), "Procurement form of " + names.segment(e.segmentId()) + ": " + e.procurementForm(), null, Map.of());
        }
        return null;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
