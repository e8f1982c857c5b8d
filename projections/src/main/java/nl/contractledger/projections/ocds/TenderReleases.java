package nl.contractledger.projections.ocds;

import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.tender.*;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** The release each tender event gives its contracting process. */
final class TenderReleases {

    private final Names names;
    private final Parties parties;
    private final AwardReleases awards;

    TenderReleases(Names names, Parties parties) {
        this.names = names;
        this.parties = parties;
        this.awards = new AwardReleases(parties);
    }

    Draft of(TenderEvent event, OcdsProcess process) {
        if (event instanceof TenderPlannedEvent planned) {
            return planned(planned, process);
        }
        if (event instanceof MarketConsultationStartedEvent started) {
            return milestoneMet("consultation", started.startedOn());
        }
        if (event instanceof TenderDocumentsApprovedEvent approved) {
            Draft draft = milestoneMet("documentsDecision", approved.approvedOn());
            draft.add(draft.section("tender"), "documents", Json.document(approved.document(), "biddingDocuments", null));
            return draft;
        }
        if (event instanceof TenderPublishedEvent published) {
            return published(published);
        }
        if (event instanceof ClarificationIssuedEvent clarification) {
            return clarification(clarification, process);
        }
        if (event instanceof BidRegisteredEvent bid) {
            return bid(bid, process);
        }
        if (event instanceof SubmissionsClosedEvent closed) {
            return milestoneMet("submissionDeadline", closed.closedOn());
        }
        return awards.of(event, process);
    }

    private Draft planned(TenderPlannedEvent event, OcdsProcess process) {
        Draft draft = new Draft("planning");
        parties.buyer(draft, process, event.regionId().value());
        ObjectNode tender = draft.section("tender").put("id", event.tenderId().value()).put("title", event.title())
                .put("status", "planning").put("mainProcurementCategory", "services");
        tender.set("procuringEntity", draft.body().get("buyer"));
        if (event.estimatedValue() != null) {
            tender.set("value", Json.euros(event.estimatedValue()));
            draft.section("planning").set("budget", Json.object().put("description", "Estimated value of the tender")
                    .set("amount", Json.euros(event.estimatedValue())));
        }
        for (SegmentId segment : event.segmentIds()) {
            draft.add(tender, "lots", Json.object().put("id", segment.value()).put("title", names.segment(segment.value()))
                    .put("status", "planning"));
        }
        PlannedMilestones plan = event.plannedMilestones() == null ? PlannedMilestones.none() : event.plannedMilestones();
        for (TenderMilestone milestone : TenderMilestone.values()) {
            if (milestone.plannedIn(plan, event) != null) {
                draft.add(tender, "milestones", milestone.planned(milestone.plannedIn(plan, event)));
            }
        }
        if (plan.publication() != null || plan.submissionDeadline() != null) {
            tender.set("tenderPeriod", Json.period(plan.publication(), plan.submissionDeadline()));
        }
        if (plan.awardDecision() != null) {
            tender.set("awardPeriod", Json.period(plan.awardDecision(), event.plannedStandstillEndsOn()));
        }
        if (plan.contractStart() != null) {
            tender.set("contractPeriod", Json.period(plan.contractStart(), null));
        }
        return draft;
    }

    private Draft published(TenderPublishedEvent event) {
        Draft draft = new Draft("tender");
        ObjectNode tender = draft.section("tender").put("status", "active").put("procurementMethod", "open");
        tender.set("tenderPeriod", Json.period(event.publishedOn(), event.submissionDeadline()));
        draft.add(tender, "documents", Json.document(event.document(), "tenderNotice", event.publishedOn()));
        draft.add(tender, "milestones", TenderMilestone.PUBLICATION.met(event.publishedOn()));
        draft.add(tender, "milestones", TenderMilestone.SUBMISSION_DEADLINE.planned(event.submissionDeadline()));
        return draft;
    }

    private Draft clarification(ClarificationIssuedEvent event, OcdsProcess process) {
        Draft draft = new Draft("tenderAmendment");
        ObjectNode tender = draft.section("tender");
        process.tenderAmendments++;
        draft.add(tender, "amendments", Json.object().put("id", "clarification-" + process.tenderAmendments)
                .put("date", Json.dateTime(event.issuedOn()))
                .put("rationale", "Clarification of the tender documents (nota van inlichtingen)")
                .put("description", event.document().title())
                .put("amendsReleaseID", process.lastReleaseId).put("releaseID", process.nextReleaseId()));
        draft.add(tender, "documents", Json.document(event.document(), "clarifications", event.issuedOn()));
        return draft;
    }

    private Draft bid(BidRegisteredEvent event, OcdsProcess process) {
        Draft draft = new Draft("tenderUpdate");
        String provider = event.providerId().value();
        parties.provider(draft, process, provider, "tenderer");
        ObjectNode tender = draft.section("tender");
        if (process.tenderers.add(provider)) {
            draft.add(tender, "tenderers", parties.reference(provider));
        }
        tender.put("numberOfTenderers", process.tenderers.size());
        return draft;
    }

    private static Draft milestoneMet(String milestoneId, java.time.LocalDate on) {
        Draft draft = new Draft("tenderUpdate");
        draft.add(draft.section("tender"), "milestones", TenderMilestone.byId(milestoneId).met(on));
        return draft;
    }

    static List<String> segments(List<SegmentId> segments) {
        return segments.stream().map(SegmentId::value).toList();
    }
}
