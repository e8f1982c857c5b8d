package nl.contractledger.projections.tender;

import nl.contractledger.domain.tender.AwardDecidedEvent;
import nl.contractledger.domain.tender.AwardDecisionCorrectedEvent;
import nl.contractledger.domain.tender.BidRegisteredEvent;
import nl.contractledger.domain.tender.ClarificationIssuedEvent;
import nl.contractledger.domain.tender.CourtRulingRecordedEvent;
import nl.contractledger.domain.tender.MarketConsultationStartedEvent;
import nl.contractledger.domain.tender.SubmissionsClosedEvent;
import nl.contractledger.domain.tender.SummaryProceedingsRegisteredEvent;
import nl.contractledger.domain.tender.TenderAwardedEvent;
import nl.contractledger.domain.tender.TenderCancelledEvent;
import nl.contractledger.domain.tender.TenderDocumentsApprovedEvent;
import nl.contractledger.domain.tender.TenderPlannedEvent;
import nl.contractledger.domain.tender.TenderPublishedEvent;
import nl.contractledger.projections.asof.Evolver;

import java.time.Instant;

/** Builds a {@link TenderView} from a tender's events; the award part is in {@link AwardEvolution}. */
public final class TenderEvolver implements Evolver<TenderView> {

    public static final TenderEvolver INSTANCE = new TenderEvolver();

    private TenderEvolver() {
    }

    @Override
    public TenderView evolve(TenderView view, Object event, long sequence, Instant recordedAt) {
        TenderView tender = event instanceof TenderPlannedEvent planned ? TenderPlan.from(planned) : view;
        if (tender == null) {
            return null;
        }
        if (event instanceof MarketConsultationStartedEvent started) {
            Milestones.reached(tender, "consultation", started.startedOn());
            tender.state = "CONSULTING";
        } else if (event instanceof TenderDocumentsApprovedEvent approved) {
            Milestones.reached(tender, "documentsDecision", approved.approvedOn());
            tender.documents.add(new TenderView.DocumentView("tender documents", approved.document().title(),
                    approved.document().sha256(), approved.approvedOn()));
            tender.state = "DOCUMENTS_APPROVED";
        } else if (event instanceof TenderPublishedEvent published) {
            Milestones.reached(tender, "publication", published.publishedOn());
            Milestones.reached(tender, "submissionDeadline", published.submissionDeadline());
            tender.documents.add(new TenderView.DocumentView("publication", published.document().title(),
                    published.document().sha256(), published.publishedOn()));
            tender.state = "OPEN";
        } else if (event instanceof ClarificationIssuedEvent clarification) {
            tender.documents.add(new TenderView.DocumentView("clarification", clarification.document().title(),
                    clarification.document().sha256(), clarification.issuedOn()));
        } else if (event instanceof BidRegisteredEvent bid) {
            tender.bids.add(new TenderView.BidView(bid.bidId(), bid.providerId().value(),
                    bid.segmentIds().stream().map(Object::toString).toList(), bid.submittedOn()));
        } else if (event instanceof SubmissionsClosedEvent closed) {
            Milestones.reached(tender, "submissionsClosed", closed.closedOn());
            tender.state = "EVALUATING";
        } else if (event instanceof AwardDecidedEvent || event instanceof AwardDecisionCorrectedEvent
                || event instanceof SummaryProceedingsRegisteredEvent || event instanceof CourtRulingRecordedEvent
                || event instanceof TenderAwardedEvent) {
            AwardEvolution.apply(tender, event);
        } else if (event instanceof TenderCancelledEvent cancelled) {
            tender.cancellation = new TenderView.CancellationView(cancelled.cancelledOn(), cancelled.reason(),
                    cancelled.decisionRef());
            tender.state = "CANCELLED";
        }
        tender.version = sequence;
        tender.lastRecordedAt = recordedAt;
        return tender;
    }
}
