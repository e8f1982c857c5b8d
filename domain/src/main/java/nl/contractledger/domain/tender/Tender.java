package nl.contractledger.domain.tender;

import nl.contractledger.domain.provider.ProviderLookup;
import nl.contractledger.domain.region.RegionLookup;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.Require;
import nl.contractledger.domain.shared.RuleViolation;
import nl.contractledger.domain.shared.TermCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A competitive procedure with the region's segments as lots, from plan to final award
 * (DOMAIN.md §3.3). The standstill after an award decision and pending summary proceedings stand
 * between a decision and the award.
 */
public class Tender {

    @AggregateIdentifier
    private TenderId tenderId;
    private List<SegmentId> segmentIds;
    private TenderState state;
    private int standstillDays;
    private LocalDate consultationStartedOn;
    private LocalDate approvedOn;
    private LocalDate publishedOn;
    private LocalDate submissionDeadline;
    private LocalDate closedOn;
    private StandstillPeriod standstill;
    private List<Winner> winners = List.of();
    private final Bids bids = new Bids();
    private final SummaryProceedings proceedings = new SummaryProceedings();

    protected Tender() {
        // for Axon
    }

    @CommandHandler
    public Tender(PlanTenderCommand command, RegionLookup regions, TermCalendar calendar) {
        apply(TenderPlanning.plan(command, regions, calendar));
    }

    @CommandHandler
    public void handle(StartMarketConsultationCommand command) {
        TenderLifecycle.require(state, "StartMarketConsultation");
        apply(new MarketConsultationStartedEvent(tenderId, Require.present(command.startedOn(), "startedOn")));
    }

    @CommandHandler
    public void handle(ApproveTenderDocumentsCommand command) {
        TenderLifecycle.require(state, "ApproveTenderDocuments");
        LocalDate approved = Require.present(command.approvedOn(), "approvedOn");
        if (consultationStartedOn != null) {
            Require.notBefore(approved, consultationStartedOn, "approvedOn", "market consultation start");
        }
        apply(new TenderDocumentsApprovedEvent(tenderId, approved, Require.text(command.decisionRef(), "decisionRef", 200),
                Require.present(command.document(), "document")));
    }

    @CommandHandler
    public void handle(PublishTenderCommand command) {
        TenderLifecycle.require(state, "PublishTender");
        LocalDate published = Require.present(command.publishedOn(), "publishedOn");
        LocalDate deadline = Require.present(command.submissionDeadline(), "submissionDeadline");
        Require.notBefore(published, approvedOn, "publishedOn", "approval of the documents");
        Require.notBefore(deadline, published.plusDays(1), "submissionDeadline", "the day after publication");
        apply(new TenderPublishedEvent(tenderId, published, deadline, Require.present(command.document(), "document")));
    }

    @CommandHandler
    public void handle(IssueClarificationCommand command) {
        TenderLifecycle.require(state, "IssueClarification");
        LocalDate issued = Require.present(command.issuedOn(), "issuedOn");
        Require.notBefore(issued, publishedOn, "issuedOn", "publication");
        Require.notBefore(submissionDeadline, issued, "submission deadline", "issuedOn");
        apply(new ClarificationIssuedEvent(tenderId, issued, Require.present(command.document(), "document")));
    }

    @CommandHandler
    public void handle(RegisterBidCommand command, ProviderLookup providers) {
        TenderLifecycle.require(state, "RegisterBid");
        String bidId = Require.text(command.bidId(), "id", 64);
        bids.requireNew(bidId);
        LocalDate submitted = Require.present(command.submittedOn(), "submittedOn");
        Bids.requireInTime(submitted, publishedOn, submissionDeadline);
        Bids.requireRegistered(command.providerId(), providers);
        apply(new BidRegisteredEvent(tenderId, bidId, command.providerId(), lots(command.segmentIds()), submitted));
    }

    @CommandHandler
    public void handle(CloseSubmissionsCommand command) {
        TenderLifecycle.require(state, "CloseSubmissions");
        LocalDate closed = Require.present(command.closedOn(), "closedOn");
        Require.notBefore(closed, submissionDeadline, "closedOn", "submission deadline");
        apply(new SubmissionsClosedEvent(tenderId, closed));
    }

    @CommandHandler
    public void handle(DecideAwardCommand command, TermCalendar calendar) {
        TenderLifecycle.require(state, "DecideAward");
        LocalDate decided = Require.present(command.decidedOn(), "decidedOn");
        Require.notBefore(decided, closedOn, "decidedOn", "closing of submissions");
        proceedings.latestRulingOn().ifPresent(ruledOn -> Require.notBefore(decided, ruledOn, "decidedOn",
                "the court's ruling that ordered the new evaluation"));
        List<Winner> chosen = winners(command.winners());
        StandstillPeriod period = StandstillPeriod.after(decided, standstillDays, calendar);
        apply(new AwardDecidedEvent(tenderId, decided, chosen, Require.text(command.motivation(), "motivation", 10_000),
                standstillDays, period.endsOn()));
    }

    @CommandHandler
    public void handle(CorrectAwardDecisionCommand command, TermCalendar calendar) {
        TenderLifecycle.require(state, "CorrectAwardDecision");
        if (standstill == null) {
            throw new RuleViolation(ErrorCode.STATE_CONFLICT, "there is no award decision to correct yet");
        }
        LocalDate decided = Require.present(command.decidedOn(), "decidedOn");
        Require.notBefore(decided, standstill.decidedOn(), "decidedOn", "the award decision it corrects");
        List<Winner> chosen = winners(command.winners());
        StandstillPeriod period = StandstillPeriod.after(decided, standstillDays, calendar);
        apply(new AwardDecisionCorrectedEvent(tenderId, decided, chosen,
                Require.text(command.motivation(), "motivation", 10_000), standstillDays, period.endsOn()));
    }

    @CommandHandler
    public void handle(RegisterSummaryProceedingsCommand command, ProviderLookup providers) {
        TenderLifecycle.require(state, "RegisterSummaryProceedings");
        String proceedingsId = Require.text(command.proceedingsId(), "id", 64);
        proceedings.requireNew(proceedingsId);
        Bids.requireRegistered(command.providerId(), providers);
        LocalDate filed = Require.present(command.filedOn(), "filedOn");
        Require.notBefore(filed, standstill.decidedOn(), "filedOn", "the award decision");
        apply(new SummaryProceedingsRegisteredEvent(tenderId, proceedingsId,
                Require.present(command.providerId(), "providerId"), filed, Require.text(command.court(), "court", 200),
                !standstill.covers(filed)));
    }

    @CommandHandler
    public void handle(RecordCourtRulingCommand command) {
        TenderLifecycle.require(state, "RecordCourtRuling");
        LocalDate filed = proceedings.requireAwaitingRuling(Require.present(command.proceedingsId(), "proceedingsId"));
        LocalDate ruled = Require.present(command.ruledOn(), "ruledOn");
        Require.notBefore(ruled, filed, "ruledOn", "filing of the proceedings");
        boolean blocking = proceedings.isBlocking(command.proceedingsId());
        apply(new CourtRulingRecordedEvent(tenderId, command.proceedingsId(), ruled,
                Require.present(command.outcome(), "outcome")));
        if (blocking && command.outcome() == CourtRulingOutcome.RETENDER) {
            apply(new TenderCancelledEvent(tenderId, ruled, "the court ruled that the tender must be done again",
                    command.proceedingsId()));
        }
    }

    @CommandHandler
    public void handle(AwardTenderCommand command) {
        TenderLifecycle.require(state, "AwardTender");
        LocalDate awarded = Require.present(command.awardedOn(), "awardedOn");
        standstill.requireAwardAllowedOn(awarded);
        proceedings.requireRuledBy(awarded);
        apply(new TenderAwardedEvent(tenderId, awarded, winners));
    }

    @CommandHandler
    public void handle(CancelTenderCommand command) {
        TenderLifecycle.require(state, "CancelTender");
        apply(new TenderCancelledEvent(tenderId, Require.present(command.cancelledOn(), "cancelledOn"),
                Require.text(command.reason(), "reason", 2000), command.decisionRef()));
    }

    @EventSourcingHandler
    void on(TenderPlannedEvent event) {
        tenderId = event.tenderId();
        segmentIds = event.segmentIds();
        standstillDays = event.standstillDays();
        state = TenderState.PLANNED;
    }

    @EventSourcingHandler
    void on(MarketConsultationStartedEvent event) {
        consultationStartedOn = event.startedOn();
        state = TenderState.CONSULTING;
    }

    @EventSourcingHandler
    void on(TenderDocumentsApprovedEvent event) {
        approvedOn = event.approvedOn();
        state = TenderState.DOCUMENTS_APPROVED;
    }

    @EventSourcingHandler
    void on(TenderPublishedEvent event) {
        publishedOn = event.publishedOn();
        submissionDeadline = event.submissionDeadline();
        state = TenderState.OPEN;
    }

    @EventSourcingHandler
    void on(BidRegisteredEvent event) {
        bids.add(event);
    }

    @EventSourcingHandler
    void on(SubmissionsClosedEvent event) {
        closedOn = event.closedOn();
        state = TenderState.EVALUATING;
    }

    @EventSourcingHandler
    void on(AwardDecidedEvent event) {
        decided(event.decidedOn(), event.standstillDays(), event.standstillEndsOn(), event.winners());
    }

    @EventSourcingHandler
    void on(AwardDecisionCorrectedEvent event) {
        decided(event.decidedOn(), event.standstillDays(), event.standstillEndsOn(), event.winners());
    }

    @EventSourcingHandler
    void on(SummaryProceedingsRegisteredEvent event) {
        proceedings.filed(event);
        if (!event.late() && state == TenderState.STANDSTILL) {
            state = TenderState.CONTESTED;
        }
    }

    @EventSourcingHandler
    void on(CourtRulingRecordedEvent event) {
        boolean blocking = proceedings.isBlocking(event.proceedingsId());
        proceedings.ruled(event.proceedingsId(), event.ruledOn());
        if (blocking && event.outcome() == CourtRulingOutcome.REEVALUATE) {
            state = TenderState.EVALUATING;
        } else if (blocking && state == TenderState.CONTESTED && !proceedings.anyBlocking()) {
            state = TenderState.STANDSTILL;
        }
    }

    @EventSourcingHandler
    void on(TenderAwardedEvent event) {
        state = TenderState.AWARDED;
    }

    @EventSourcingHandler
    void on(TenderCancelledEvent event) {
        state = TenderState.CANCELLED;
    }

    public TenderState state() {
        return state;
    }

    /** The winners of the final award decision with their lots, once the tender is awarded. */
    public java.util.Optional<List<Winner>> awardedWinners() {
        return state == TenderState.AWARDED ? java.util.Optional.of(winners) : java.util.Optional.empty();
    }

    private void decided(LocalDate decidedOn, int days, LocalDate endsOn, List<Winner> chosen) {
        standstill = new StandstillPeriod(decidedOn, days, endsOn);
        winners = chosen;
        state = proceedings.anyBlocking() ? TenderState.CONTESTED : TenderState.STANDSTILL;
    }

    private List<Winner> winners(List<Winner> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            throw Require.invalid("winners", "an award decision names at least one winner");
        }
        chosen.forEach(winner -> lots(List.of(Require.present(winner.segmentId(), "winners[].segmentId"))));
        bids.requireBidsFor(chosen);
        return List.copyOf(chosen);
    }

    private List<SegmentId> lots(List<SegmentId> requested) {
        if (requested == null || requested.isEmpty()) {
            throw Require.invalid("segmentIds", "name at least one segment");
        }
        for (SegmentId segment : requested) {
            if (!segmentIds.contains(segment)) {
                throw new RuleViolation(ErrorCode.SEGMENT_NOT_IN_TENDER, "segmentIds", "segment " + segment
                        + " is not a lot of this tender", Map.of("segmentId", segment.value()));
            }
        }
        return List.copyOf(requested);
    }
}
