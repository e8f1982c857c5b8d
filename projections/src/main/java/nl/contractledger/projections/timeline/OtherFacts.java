package nl.contractledger.projections.timeline;

import nl.contractledger.domain.contract.*;
import nl.contractledger.domain.region.ProcurementFormChosenEvent;
import nl.contractledger.domain.region.ProductsMovedEvent;
import nl.contractledger.domain.region.SegmentClosedEvent;
import nl.contractledger.domain.revision.*;
import nl.contractledger.projections.dossier.DossierSteps;
import nl.contractledger.projections.provider.ProviderNames;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The timeline facts of revision, contract and segment events. */
final class OtherFacts {

    private OtherFacts() {
    }

    static TimelineFact of(RevisionEvent event, ProviderNames providers, DossierSteps.Responders responders) {
        DossierSteps.Line line = DossierSteps.describe(event, providers, responders);
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

    static TimelineFact of(ContractEvent event, List<String> kinds, ProviderNames providers) {
        String id = event.contractId().value();
        if (event instanceof ContractPublishedEvent e) {
            return new TimelineFact(e.route().type() == RouteType.TENDER ? TimelineFact.TENDER : TimelineFact.REVISION,
                    id, e.segmentIds().stream().map(Object::toString).toList(), e.publishedOn(), "Contract \"" + e.title()
                    + "\" published (" + e.kind() + ", " + e.startsOn() + " to " + e.endsOn() + ")", null, Map.of());
        }
        LocalDate date = null;
        String summary;
        if (event instanceof ContractExtendedEvent e) {
            date = e.decidedOn();
            summary = "Contract extended from " + e.previousEndsOn() + " to " + e.newEndsOn() + " (" + e.basis().type() + ")";
        } else if (event instanceof ContractRevisedEvent e) {
            date = e.terms().effectiveOn();
            summary = "Contract revised by " + e.revisionId() + ": terms version " + e.terms().version() + " from "
                    + e.terms().effectiveOn();
        } else if (event instanceof ProviderAdmittedEvent e) {
            date = e.admittedOn();
            summary = providers.of(e.providerId()) + " admitted to contract " + id;
        } else if (event instanceof ContractSignedEvent e) {
            date = e.signedOn();
            summary = providers.of(e.providerId()) + " signed contract " + id;
        } else if (event instanceof ProviderWithdrewEvent e) {
            date = e.effectiveOn();
            summary = providers.of(e.providerId()) + " withdrew from contract " + id + ": " + e.reason();
        } else if (event instanceof SegmentPartEndedEvent e) {
            date = e.effectiveOn();
            summary = "Part for segment " + e.segmentId() + " of contract " + id + " ended: " + e.reason();
        } else if (event instanceof ContractTerminatedEvent e) {
            date = e.effectiveOn();
            summary = "Contract " + id + " terminated: " + e.reason();
        } else if (event instanceof FinancialConsequenceImposedEvent e) {
            summary = "KPI " + e.kpiId() + " missed in " + e.period() + ": " + e.consequence();
        } else {
            return null;
        }
        return new TimelineFact(kinds, id, null, date, summary, null, Map.of());
    }

    static TimelineFact of(Object regionEvent) {
        if (regionEvent instanceof ProductsMovedEvent e) {
            return new TimelineFact(TimelineFact.BOTH, e.regionId().value(),
                    List.of(e.fromSegmentId().value(), e.toSegmentId().value()), e.effectiveOn(), "Products "
                    + String.join(", ", e.productCodes()) + " moved from " + e.fromSegmentId() + " to " + e.toSegmentId(),
                    null, Map.of());
        }
        if (regionEvent instanceof SegmentClosedEvent e) {
            List<String> segments = e.mergeIntoSegmentId() == null ? List.of(e.segmentId().value())
                    : List.of(e.segmentId().value(), e.mergeIntoSegmentId().value());
            return new TimelineFact(TimelineFact.BOTH, e.regionId().value(), segments, e.effectiveOn(), "Segment "
                    + e.segmentId() + " closed" + (e.mergeIntoSegmentId() == null ? ""
                    : " and merged into " + e.mergeIntoSegmentId()), null, Map.of());
        }
        if (regionEvent instanceof ProcurementFormChosenEvent e) {
            return new TimelineFact(TimelineFact.BOTH, e.regionId().value(), List.of(e.segmentId().value()),
                    e.decidedOn(), "Procurement form of " + e.segmentId() + ": " + e.procurementForm(), null, Map.of());
        }
        return null;
    }
}
