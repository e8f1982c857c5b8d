package nl.contractledger.domain.tender;

/** Every event of the Tender aggregate. */
public sealed interface TenderEvent permits TenderPlannedEvent, MarketConsultationStartedEvent, TenderDocumentsApprovedEvent, TenderPublishedEvent, ClarificationIssuedEvent, BidRegisteredEvent, SubmissionsClosedEvent, AwardDecidedEvent, AwardDecisionCorrectedEvent, SummaryProceedingsRegisteredEvent, CourtRulingRecordedEvent, TenderAwardedEvent, TenderCancelledEvent {

    TenderId tenderId();
}
