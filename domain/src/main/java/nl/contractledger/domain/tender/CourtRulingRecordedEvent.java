package nl.contractledger.domain.tender;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record CourtRulingRecordedEvent(TenderId tenderId, String proceedingsId, LocalDate ruledOn, CourtRulingOutcome outcome) implements TenderEvent {
}
